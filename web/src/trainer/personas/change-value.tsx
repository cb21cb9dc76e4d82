import { describeChangeValue } from './describe-change-value'

/** One side of a change: text as written, a list as a list, nested data as indented JSON. */
export function ChangeValue({ value }: { value: unknown }) {
  const view = describeChangeValue(value)
  switch (view.kind) {
    case 'absent':
      return <span className="persona-change-absent">(not set)</span>
    case 'text':
      return <span className="persona-change-text">{view.text}</span>
    case 'list':
      return (
        <ul className="persona-change-list">
          {view.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )
    case 'data':
      return <pre className="persona-change-data">{view.text}</pre>
  }
}
