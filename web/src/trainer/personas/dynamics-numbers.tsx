import { type DynamicsCurve, dynamicsAgentText } from './dynamics-agents'

/** The charted runs as a table: turn by turn, each scripted agent's customer. */
export function DynamicsNumbers({ curves }: { curves: readonly DynamicsCurve[] }) {
  const turns = Math.max(0, ...curves.map((curve) => curve.levels.length))
  return (
    <details className="persona-dynamics-numbers">
      <summary>Show the numbers</summary>
      <div className="persona-table-frame">
        <table className="data-table persona-table">
          <caption className="visually-hidden">Frustration after each trainee turn (0 calm, 100 furious), with each scripted agent</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              {curves.map((curve) => (
                <th key={curve.agent} scope="col">
                  {dynamicsAgentText[curve.agent].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: turns }, (_value, turn) => (
              <tr key={turn}>
                <th scope="row">{turn === 0 ? 'Start' : turn}</th>
                {curves.map((curve) => (
                  <td key={curve.agent} className="persona-number-cell">
                    {curve.levels[turn] ?? 'call over'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
