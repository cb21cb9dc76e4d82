/** Shown while the customer is about to speak. */
export function TypingIndicator({ name }: { name: string }) {
  return (
    <li className="message message-customer typing-indicator" data-testid="typing-indicator">
      <div className="message-speaker">{name}</div>
      <p className="bubble bubble-customer">
        <span className="typing-dots" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <span className="visually-hidden">{name} is typing</span>
      </p>
    </li>
  )
}
