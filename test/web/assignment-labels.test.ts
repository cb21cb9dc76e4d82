import { describe, expect, it } from 'vitest'
import {
  assignmentCallMode,
  assignmentStatusLabel,
  audienceText,
  dueRelative,
  dueText,
  endOfLocalDay,
  localDateValue,
  parsePassMark,
  passMarkText,
} from '../../web/src/trainer/assignments/assignment-labels'

const at = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour)
const fixedFormat = (date: Date) => `${date.getDate()}/${date.getMonth() + 1}`

describe('assignment labels', () => {
  it('names each status in words, with a tone that only repeats it', () => {
    expect(assignmentStatusLabel('not_started')).toEqual({ text: 'Not started', tone: 'none' })
    expect(assignmentStatusLabel('attempted')).toEqual({ text: 'Attempted', tone: 'neutral' })
    expect(assignmentStatusLabel('passed')).toEqual({ text: 'Passed', tone: 'good' })
  })

  it('says how far a due date is in calendar days, whatever the hour', () => {
    const now = at(2030, 3, 10, 23)
    expect(dueRelative(at(2030, 3, 10, 1).toISOString(), now)).toBe('today')
    expect(dueRelative(at(2030, 3, 11, 0).toISOString(), now)).toBe('tomorrow')
    expect(dueRelative(at(2030, 3, 14).toISOString(), now)).toBe('in 4 days')
    expect(dueRelative(at(2030, 3, 9).toISOString(), now)).toBe('yesterday')
    expect(dueRelative(at(2030, 3, 1).toISOString(), now)).toBe('9 days ago')
  })

  it('writes the due line, flagging an overdue one and saying when there is none', () => {
    const now = at(2030, 3, 10)
    expect(dueText(at(2030, 3, 12).toISOString(), false, now, fixedFormat)).toBe('Due 12/3 (in 2 days)')
    expect(dueText(at(2030, 3, 9).toISOString(), true, now, fixedFormat)).toBe('Overdue: was due 9/3 (yesterday)')
    expect(dueText(null, false, now, fixedFormat)).toBe('No due date')
  })

  it('turns a date input into the end of that day in the viewer’s time zone, and refuses impossible dates', () => {
    const iso = endOfLocalDay('2030-07-01')!
    const end = new Date(iso)
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2030, 6, 1, 23, 59])
    expect(iso).toMatch(/Z$/)
    expect(endOfLocalDay('2030-02-30')).toBeNull()
    expect(endOfLocalDay('next friday')).toBeNull()
    expect(localDateValue(at(2030, 1, 5))).toBe('2030-01-05')
  })

  it('describes the audience and the pass mark, saying when it follows the rubric', () => {
    expect(audienceText({ audience: 'all', traineeCount: 12 })).toBe('Everyone (12 trainees)')
    expect(audienceText({ audience: 'selected', traineeCount: 1 })).toBe('1 trainee')
    expect(passMarkText({ passMark: 70, ownPassMark: null })).toBe('70 (rubric)')
    expect(passMarkText({ passMark: 85, ownPassMark: 85 })).toBe('85')
  })

  it('accepts a whole-number pass mark from 0 to 100, or none', () => {
    expect(parsePassMark('')).toEqual({ ok: true, value: undefined })
    expect(parsePassMark(' 80 ')).toEqual({ ok: true, value: 80 })
    expect(parsePassMark('0')).toEqual({ ok: true, value: 0 })
    for (const bad of ['101', '-1', '72.5', 'eighty']) expect(parsePassMark(bad).ok).toBe(false)
  })

  it('starts a standardised assessment scripted whatever the trainee chose; other assignments follow their choice', () => {
    expect(assignmentCallMode('scripted', 'model')).toBe('scripted')
    expect(assignmentCallMode('any', 'model')).toBe('model')
    expect(assignmentCallMode('any', 'scripted')).toBe('scripted')
  })
})
