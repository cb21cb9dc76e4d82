import { PageHeading } from '../../layout/page-heading'

/** Trainer: edit the rubric (criteria, anchors, weights, pass mark), versioned. */
export function RubricScreen() {
  return (
    <div className="page">
      <PageHeading>Rubric</PageHeading>
    </div>
  )
}
