import type { TranscriptTurn } from './transcript-turn'

/** What the customer said; while it streams, the words appear as they arrive. */
export function CustomerMessage({ turn, name }: { turn: TranscriptTurn; name: string }) {
  return (
    <li className="message message-customer" data-rewound={turn.rewound || undefined} data-status={turn.status}>
      <div className="message-speaker">
        {name}
        {turn.rewound && <span className="tag">Taken back</span>}
        {turn.status === 'partial' && <span className="tag">Cut off</span>}
      </div>
      <p className="bubble bubble-customer" data-testid="customer-text" aria-busy={turn.status === 'streaming' || undefined}>
        <span className="visually-hidden">{name} said: </span>
        {turn.text}
      </p>
    </li>
  )
}
