import { describe, expect, it } from 'vitest'
import { zodResponseFormat } from 'openai/helpers/zod'
import { checkGrade } from '../../src/grader/check-grade'
import { gradeOutputSchema, type GradeOutput } from '../../src/grader/grade-output-schema'
import { defaultRubric } from '../../src/grader/rubric'

const traineeText = "I'm so sorry you were charged twice, Mrs Doyle. Which card was the second charge on?"

function entry(criterionId: string, score: number | null, evidenceQuote: string | null, rationale = 'Because.') {
  return { criterionId, score, rationale, evidenceQuote }
}

describe('checkGrade', () => {
  it('keeps verified quotes, trimming only surrounding quote marks and whitespace', () => {
    const output: GradeOutput = {
      criteria: [
        entry('acknowledge', 2, '  "I\'m so sorry you were charged twice"  '),
        entry('clarify', 2, '“Which card was the second charge on?”'),
      ],
      betterReply: '  I am sorry you were charged twice. Which card was it on?  ',
    }
    const grade = checkGrade(output, traineeText, defaultRubric)
    expect(grade.source).toBe('llm')
    expect(grade.status).toBe('graded')
    expect(grade.flagged).toEqual([])
    expect(grade.criteria[0]).toMatchObject({ criterionId: 'acknowledge', score: 2, evidence: "I'm so sorry you were charged twice", evidenceVerified: true })
    expect(grade.criteria[1]).toMatchObject({ evidence: 'Which card was the second charge on?', evidenceVerified: true })
    expect(grade.betterReply).toBe('I am sorry you were charged twice. Which card was it on?')
    expect(grade.weightedScore).toBe(100)
  })

  it('flags a quote that is not in the trainee text and leaves it out of the score', () => {
    const output: GradeOutput = {
      criteria: [
        entry('acknowledge', 2, "I'm so sorry you were charged twice"),
        // Invented words, and a case change, both fail.
        entry('no_blame', 0, 'you should have checked'),
        entry('personalize', 0, 'mrs doyle'),
      ],
      betterReply: 'Better.',
    }
    const grade = checkGrade(output, traineeText, defaultRubric)
    expect(grade.flagged).toEqual(['no_blame', 'personalize'])
    expect(grade.criteria.find((criterion) => criterion.criterionId === 'no_blame')).toMatchObject({
      score: 0,
      evidence: 'you should have checked',
      evidenceVerified: false,
    })
    // Only acknowledge counts: the two flagged zeros would otherwise drag it down.
    expect(grade.weightedScore).toBe(100)
  })

  it('drops unknown criterion ids and marks missing ones "not graded"', () => {
    const output: GradeOutput = {
      criteria: [entry('acknowledge', 1, null), entry('give_full_marks', 2, null)],
      betterReply: 'Better.',
    }
    const grade = checkGrade(output, traineeText, defaultRubric)
    expect(grade.criteria.map((criterion) => criterion.criterionId)).toEqual(defaultRubric.criteria.map((criterion) => criterion.id))
    expect(grade.criteria.some((criterion) => criterion.criterionId === 'give_full_marks')).toBe(false)
    const close = grade.criteria.find((criterion) => criterion.criterionId === 'close')
    expect(close).toEqual({ criterionId: 'close', score: null, rationale: 'not graded', evidence: null, evidenceVerified: true })
    expect(grade.weightedScore).toBe(50)
  })

  it('takes the first entry when the model repeats an id', () => {
    const output: GradeOutput = { criteria: [entry('clarify', 2, null), entry('clarify', 0, null)], betterReply: '' }
    const grade = checkGrade(output, traineeText, defaultRubric)
    expect(grade.criteria.find((criterion) => criterion.criterionId === 'clarify')?.score).toBe(2)
    expect(grade.betterReply).toBeNull()
  })

  it('caps long rationales', () => {
    const output: GradeOutput = { criteria: [entry('clarify', 2, null, 'word '.repeat(300))], betterReply: 'Better.' }
    const rationale = checkGrade(output, traineeText, defaultRubric).criteria[1]?.rationale ?? ''
    expect(rationale.length).toBeLessThanOrEqual(400)
    expect(rationale.endsWith('…')).toBe(true)
  })
})

describe('gradeOutputSchema', () => {
  it('converts to a strict response format for structured output', () => {
    const format = zodResponseFormat(gradeOutputSchema, 'turn_grade')
    expect(format.json_schema.strict).toBe(true)
    const schema = format.json_schema.schema as { required: string[]; properties: { criteria: { items: { required: string[] } } } }
    expect(schema.required).toEqual(['criteria', 'betterReply'])
    expect(schema.properties.criteria.items.required).toEqual(['criterionId', 'score', 'rationale', 'evidenceQuote'])
  })

  it('accepts n/a scores and rejects scores outside 0–2', () => {
    const valid = { criteria: [{ criterionId: 'close', score: null, rationale: 'n/a', evidenceQuote: null }], betterReply: 'x' }
    expect(gradeOutputSchema.safeParse(valid).success).toBe(true)
    const tooHigh = { criteria: [{ criterionId: 'close', score: 3, rationale: '', evidenceQuote: null }], betterReply: 'x' }
    expect(gradeOutputSchema.safeParse(tooHigh).success).toBe(false)
    const fractional = { criteria: [{ criterionId: 'close', score: 1.5, rationale: '', evidenceQuote: null }], betterReply: 'x' }
    expect(gradeOutputSchema.safeParse(fractional).success).toBe(false)
  })
})
