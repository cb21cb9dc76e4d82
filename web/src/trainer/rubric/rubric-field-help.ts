/** Labels and help for the rubric form, in the words of the rubric spec's documentation (src/grader/rubric.ts). */
export const rubricFieldHelp = {
  passMark: { label: 'Pass mark', help: 'The weighted total (0–100) a call needs to pass. An assignment can set its own.' },
  id: { label: 'Id', help: 'The stable name grades and scorecards refer to: lower case letters, digits and underscores. It cannot change once saved.' },
  title: { label: 'Title', help: 'The short name trainees see on the scorecard, e.g. “No blame”.' },
  description: { label: 'What it is about', help: 'One or two sentences. The grader reads it together with the anchors.' },
  'anchors.2': { label: 'What a 2 looks like', help: 'Done well. Concrete examples of agent wording help the grader most.' },
  'anchors.1': { label: 'What a 1 looks like', help: 'Partly done, or done with a flaw.' },
  'anchors.0': { label: 'What a 0 looks like', help: 'Not done where it was needed, or done badly.' },
  weight: { label: 'Weight', help: 'How much it counts next to the others; 0 keeps it on the scorecard without counting it. The shipped rubric uses 3 for the most important and 1 or 2 for the rest.' },
  coachingTip: { label: 'Coaching tip', help: 'One sentence of advice a trainee sees when this is one of their weakest criteria.' },
  appliesWhen: { label: 'Applies when (optional)', help: 'In a few words, e.g. “when the call is being wrapped up”. The grader scores it n/a on other turns. Leave it empty when it can apply to any turn.' },
} as const

export type RubricField = keyof typeof rubricFieldHelp

/** The field's name for a problem list: "Close the call · What a 2 looks like", or "Pass mark". */
export function issueLabel(path: string, titles: readonly string[]): string {
  if (path === 'passMark') return rubricFieldHelp.passMark.label
  if (path === 'criteria' || path === '') return 'Criteria'
  const match = path.match(/^criteria\.(\d+)(?:\.(.+))?$/)
  if (!match) return path
  const index = Number(match[1])
  const criterion = titles[index]?.trim() || `Criterion ${index + 1}`
  const field = match[2] as RubricField | undefined
  return field && field in rubricFieldHelp ? `${criterion} · ${rubricFieldHelp[field].label}` : criterion
}
