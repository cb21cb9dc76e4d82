import { phraseDetector, type SignalDetector } from '../signal-detector'

const summarised = phraseDetector('summarised', [
  "(just )?to (recap|summari[sz]e|sum up|sum things up|confirm what('s| is) happening|confirm (the )?next steps|confirm what (we've|we have|I've|I have) (agreed|done))",
  'in summary',
  "(here's|here is|this is|so) what('s| is)? (going to happen|happens|will happen)( next| now)?",
  '(the )?next steps? (is|are|will be)',
  "^(so|okay,? so|ok,? so|right,? so|alright,? so),? (I('ve| have)|we('ve| have)) (now )?(processed|issued|raised|logged|sent|arranged|booked|cancell?ed|updated|applied|refunded|credited|reset|reordered|ordered|scheduled|added|waived|reversed|escalated|requested|changed|set up|put through|booked)",
  "(to confirm|just to confirm|so to confirm)[,:]? (I('ve| have)|I('ll| will)|you('ll| will)|we('ve| have)|we('ll| will)|the (refund|replacement|engineer|credit|new)|your (refund|replacement|new)|that's)",
  "(I('ve| have)|we('ve| have)) (now )?(processed|issued|raised|logged|sent|arranged|booked|cancell?ed|updated|applied|refunded|credited|reset|reordered|scheduled|waived|reversed)[^.!?\\n]{0,80} and (you('ll| will)|I('ll| will)|it('ll| will)|that should|it should|they('ll| will))",
  "(we've|we have) agreed",
  'as (we )?agreed',
])

const thanked = phraseDetector(
  'thanked',
  ['thank(s| you)', '(I|we) (really |truly |do )?appreciate (your|you|that|it|the)', 'many thanks', 'cheers'],
  ['thanks for (nothing|wasting)', 'no,? thank(s| you)'],
)

export const closingDetectors: readonly SignalDetector[] = [summarised, thanked]
