import { PageHeading } from '../../layout/page-heading'

/** Trainer: review one call, its grades and mood curve, and override scores. */
export function ReviewCallScreen(_props: { sessionId: string }) {
  return (
    <div className="page">
      <PageHeading>Review a call</PageHeading>
    </div>
  )
}
