import { percentText, scoreText } from './results-figures'

/** The figures every results row shows after its name: how many calls, how many finished, the pass rate, the average. */
export interface CallFigures {
  calls: number
  endedCalls: number
  passRate: number | null
  averageScore: number | null
}

/** Column heads for `CallFigureCells`, in the same order. */
export function CallFigureHeadings() {
  return (
    <>
      <th scope="col" className="results-number">
        Calls
      </th>
      <th scope="col" className="results-number">
        Finished
      </th>
      <th scope="col" className="results-number">
        Pass rate
      </th>
      <th scope="col" className="results-number">
        Average
      </th>
    </>
  )
}

export function CallFigureCells({ figures }: { figures: CallFigures }) {
  return (
    <>
      <td className="results-number">{figures.calls}</td>
      <td className="results-number">{figures.endedCalls}</td>
      <td className="results-number">{percentText(figures.passRate)}</td>
      <td className="results-number">{scoreText(figures.averageScore)}</td>
    </>
  )
}
