import type { ReactNode } from 'react'
import { FieldHelp } from './field-notes'

interface FormSectionProps {
  id: string
  title: string
  /** The spec path whose help text introduces the section. */
  helpPath?: string
  intro?: ReactNode
  children: ReactNode
}

/** One titled panel of the persona form. */
export function FormSection({ id, title, helpPath, intro, children }: FormSectionProps) {
  return (
    <section className="panel persona-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="persona-section-title" id={`${id}-title`}>
        {title}
      </h2>
      {helpPath && <FieldHelp path={helpPath} />}
      {intro}
      <div className="persona-section-fields">{children}</div>
    </section>
  )
}
