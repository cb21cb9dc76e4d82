import { describe, expect, it } from 'vitest'
import { defaultRubric, rubricSchema } from '../../src/grader/rubric'

describe('rubric', () => {
  it('the default rubric has the nine stable criteria, with acknowledge, clarify and no_blame weighing most', () => {
    expect(defaultRubric.criteria.map((criterion) => criterion.id)).toEqual([
      'acknowledge',
      'clarify',
      'no_blame',
      'can_do',
      'ownership',
      'honest_promises',
      'composure',
      'personalize',
      'close',
    ])
    const weights = new Map(defaultRubric.criteria.map((criterion) => [criterion.id, criterion.weight]))
    const top = Math.min(weights.get('acknowledge') ?? 0, weights.get('clarify') ?? 0, weights.get('no_blame') ?? 0)
    for (const criterion of defaultRubric.criteria) {
      if (!['acknowledge', 'clarify', 'no_blame'].includes(criterion.id)) expect(criterion.weight).toBeLessThan(top)
    }
  })

  it('rejects duplicate ids, bad slugs, an out-of-range pass mark and all-zero weights', () => {
    const criterion = defaultRubric.criteria[0]
    if (criterion === undefined) throw new Error('default rubric is empty')
    expect(rubricSchema.safeParse({ ...defaultRubric, criteria: [criterion, criterion] }).success).toBe(false)
    expect(rubricSchema.safeParse({ ...defaultRubric, criteria: [{ ...criterion, id: 'No Blame' }] }).success).toBe(false)
    expect(rubricSchema.safeParse({ ...defaultRubric, passMark: 120 }).success).toBe(false)
    expect(rubricSchema.safeParse({ ...defaultRubric, criteria: [{ ...criterion, weight: 0 }] }).success).toBe(false)
    expect(rubricSchema.safeParse({ ...defaultRubric, criteria: [{ ...criterion, weight: -1 }] }).success).toBe(false)
  })
})
