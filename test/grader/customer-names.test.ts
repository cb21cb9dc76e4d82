import { describe, expect, it } from 'vitest'
import { detectSignals } from '../../src/grader/signals'

/** Names of every shape: whether the agent used the customer's name, and never a crash. */
const cases: ReadonlyArray<{ name: string; text: string; found: string | null }> = [
  { name: 'Anne-Marie Doyle', text: 'Thank you, Anne-Marie, I can see it.', found: 'Anne-Marie' },
  { name: 'Anne-Marie Doyle', text: 'Ms Doyle, the refund is on its way.', found: 'Ms Doyle' },
  { name: 'Fatima Al-Sayed', text: "I'm sorry, Mrs Al-Sayed.", found: 'Mrs Al-Sayed' },
  { name: 'Fatima Al-Sayed', text: "I'm sorry, Mrs Al‑Sayed.", found: 'Mrs Al‑Sayed' },
  { name: "Siobhán O'Connor", text: 'Thanks, Ms O’Connor.', found: 'Ms O’Connor' },
  { name: "Siobhán O'Connor", text: 'Siobhán, that should not have happened.', found: 'Siobhán' },
  { name: 'José Núñez', text: 'Gracias, Mr Núñez.', found: 'Mr Núñez' },
  { name: 'Björn Åkesson', text: 'Björn, I have your order here.', found: 'Björn' },
  { name: '张伟', text: '谢谢 张伟, 我们会处理.', found: '张伟' },
  { name: 'Дмитрий Соколов', text: 'Спасибо, Дмитрий.', found: 'Дмитрий' },
  { name: 'Dr Priya Nair', text: 'Dr Nair, I can help with that.', found: 'Dr Nair' },
  { name: 'Mr Dale Harrow', text: 'Mr Harrow, I hear you.', found: 'Mr Harrow' },
  { name: 'Cher', text: 'Thanks, Cher!', found: 'Cher' },
  { name: 'Bill Turner', text: 'Your bill is ready.', found: null },
  { name: 'Bill Turner', text: 'Bill payments are due monthly.', found: null },
  { name: 'Bill Turner', text: "I'm sorry, Bill, that was our mistake.", found: 'Bill' },
  { name: 'Hope Adeyemi', text: 'Hope this helps with the form.', found: null },
  { name: 'Hope Adeyemi', text: 'Thank you for waiting, Hope.', found: 'Hope' },
  { name: 'Will Okafor', text: 'Will you hold for a moment?', found: null },
  { name: 'Will Okafor', text: 'Hi Will, I have your booking.', found: 'Will' },
  { name: 'Rose Pemberton-Hale', text: 'Prices rose last month.', found: null },
  { name: 'Rose Pemberton-Hale', text: 'Mrs Pemberton-Hale, the price rose last month.', found: 'Mrs Pemberton-Hale' },
  { name: '', text: 'Thanks for calling.', found: null },
]

describe('the customer\'s name in every shape', () => {
  it.each(cases)('$name in "$text"', ({ name, text, found }) => {
    const signals = detectSignals(text, { customerName: name, previousTraineeTexts: [] }, { learned: false })
    const used = signals.signals.find((signal) => signal.id === 'used_name')
    expect(used?.evidence ?? null).toBe(found)
    if (used) expect(text).toContain(used.evidence)
  })
})
