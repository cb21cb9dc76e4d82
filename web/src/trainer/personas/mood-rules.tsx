import { calmFloorWithoutResolution, fullStrengthCalmingTurns, maximumCalmPerTurn } from '../../../../src/personas/mood'

/** The rules the mood function applies on top of the numbers below, in a trainer's words (the README says the same). */
export function MoodRules() {
  return (
    <details className="persona-rules">
      <summary>How the mood moves: the rules on top of these numbers</summary>
      <ul>
        <li>
          <strong>Progress calms, phrases don’t.</strong> Empathy and good questions take the customer partway. Only one of the persona’s resolutions, concretely
          offered, opens the calm bands: until then frustration goes no lower than {calmFloorWithoutResolution} (or just above the calm threshold, if that is higher).
        </li>
        <li>One reply calms the customer by at most {maximumCalmPerTurn} points, however good it is.</li>
        <li>
          Calming moves wear off over the whole call: each has its full effect the first {fullStrengthCalmingTurns === 2 ? 'two' : fullStrengthCalmingTurns} times, then
          half as much each time after.
        </li>
        <li>
          A reply that blames, patronises, argues, is sarcastic, dismissive or hostile, or offers a refused outcome, calms nothing that turn, whatever else it says.
        </li>
        <li>Stalling (holding lines with nothing behind them) raises frustration.</li>
        <li>
          The newer signals (sarcastic, brushed off, exasperated, stalled, offered a real fix, offered a refused outcome) use the archetype’s default strength unless you
          set them below; the placeholder shows that default.
        </li>
        <li>
          A call ends resolved only when an acceptable resolution was offered, the customer is calm, and the call is closed (a summary or thanks). The same rule judges a
          trainee who ends the call as resolved: their ending is the close.
        </li>
      </ul>
    </details>
  )
}
