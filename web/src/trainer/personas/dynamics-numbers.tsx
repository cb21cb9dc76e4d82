/** The charted runs as a table: turn by turn, the good agent's and the bad agent's customer. */
export function DynamicsNumbers({ good, bad }: { good: readonly number[]; bad: readonly number[] }) {
  const turns = Math.max(good.length, bad.length)
  return (
    <details className="persona-dynamics-numbers">
      <summary>Show the numbers</summary>
      <div className="persona-table-frame">
        <table className="data-table persona-table">
          <caption className="visually-hidden">Frustration after each trainee turn (0 calm, 100 furious)</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">Good agent</th>
              <th scope="col">Bad agent</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: turns }, (_value, turn) => (
              <tr key={turn}>
                <th scope="row">{turn === 0 ? 'Start' : turn}</th>
                <td>{good[turn] ?? (turn >= good.length ? 'call over' : '')}</td>
                <td>{bad[turn] ?? (turn >= bad.length ? 'call over' : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
