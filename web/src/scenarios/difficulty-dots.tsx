/** Difficulty 1–5 as dots, with the number in words for everyone. */
export function DifficultyDots({ difficulty }: { difficulty: number }) {
  return (
    <span className="difficulty">
      <span className="difficulty-dots" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className="difficulty-dot" data-filled={step <= difficulty || undefined} />
        ))}
      </span>
      <span className="difficulty-text">Difficulty {difficulty} of 5</span>
    </span>
  )
}
