import type { PersonaSpec } from '../persona-spec'
import { knowItAllRoamingChargesScript } from './know-it-all-roaming-charges-script'

/** Seeds 002 (the know-it-all asking for every credit going) and 004 (don't reward bad behaviour; clear policies). */
export const knowItAllRoamingCharges: PersonaSpec = {
  id: 'know-it-all-roaming-charges',
  name: 'Graham Whitlock',
  archetype: 'know-it-all',
  difficulty: 3,
  summary: 'A customer quoting his consumer rights demands a full refund and three free months over a £112 roaming bill.',
  scenario: {
    company: 'Northwave Mobile',
    context: 'Pay-monthly mobile contract, customer for nine years',
    whatWentWrong:
      'His latest bill has £112 of data roaming charges from a week in Portugal. He insists roaming in Europe is included in his plan and that the charges are unlawful.',
    customerWants:
      'The charges removed, compensation on top (he is asking for three months free), and an admission that Northwave got it wrong.',
    acceptableResolutions: [
      "A clear, accurate explanation of why the charges were made, with a goodwill credit within the agent's authority (up to half of the roaming charges)",
      'A roaming add-on or plan change that covers Europe from now on, with the cost spelled out',
      'A formal complaint logged with a reference number and a realistic response time, if he still disputes the charges',
    ],
    unacceptableResolutions: [
      'Three months free or a full refund handed over just because he pushed',
      'Agreeing the charges were unlawful and then backtracking',
      'Being told "that is just the policy" with no explanation and no alternative',
    ],
  },
  hiddenFacts: [
    {
      id: 'add-on-expired',
      fact: 'His Europe roaming add-on was a twelve-month promotion that ran out in March; he assumed it renewed by itself.',
      earnedBy: {
        keywords: ['add-on', 'addon', 'bolt-on', 'roaming pass', 'promotion', 'your plan', 'tariff'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'ignored-warning-text',
      fact: 'He got a text message when his roaming spend reached £50 and deleted it without reading it.',
      earnedBy: {
        keywords: ['text', 'message', 'notification', 'alert', 'sms', 'warning'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'switched-roaming-on',
      fact: 'He switched data roaming on himself at the airport so he could use maps, when his phone prompted him to.',
      earnedBy: {
        keywords: ['data roaming', 'settings', 'setting', 'turned on', 'turn on', 'switched on', 'airport'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'wants-to-stay',
      fact: 'His contract is up for renewal next month and he wants to keep his number and stay; the threats to leave are leverage.',
      earnedBy: {
        keywords: ['renewal', 'renew', 'upgrade', 'stay', 'staying', 'keep your number'],
        requiresDirectedQuestion: true,
      },
    },
  ],
  style: {
    verbosity: 'normal',
    quirks: [
      'Cites "the Consumer Rights Act" and "section 49" whether or not they apply',
      'Corrects the agent\'s wording: "It is not a charge, it is an overcharge"',
      'Reminds the agent he has been a loyal customer for nine years',
      'Asks for the agent\'s full name and their manager\'s name when he is not getting his way',
    ],
    profanity: 'none',
  },
  openingLine:
    "Good afternoon. I'll save us both some time. You've charged me a hundred and twelve pounds for roaming, which under the Consumer Rights Act you have no right to do, and I'll be expecting a full refund and three months' free service by way of compensation. Shall we get on with it?",
  mood: {
    start: 65,
    sensitivities: {
      acknowledged: -5,
      apologised: -3,
      directed_question: -6,
      vague_question: 8,
      paraphrased: -8,
      blamed: 12,
      patronised: 15,
      argued: 8,
      cant_do: 8,
      can_do: -12,
      collaborated: -5,
      promised: -8,
      // Caving with a promise the agent cannot keep, then backtracking, is what he exploits.
      over_promised: 10,
      ownership: -8,
      deflected: 10,
      used_name: -3,
      hostile: 15,
      profanity: 12,
      abuse_warning: 4,
      rushed: 8,
      summarised: -10,
      thanked: -4,
      escalated: -4,
      instruction_to_ai: 6,
    },
    driftPerTurn: 2,
    hangUpThreshold: 90,
    patience: 3,
    calmThreshold: 30,
  },
  hangUpPolicy: { kind: 'never' },
  script: knowItAllRoamingChargesScript,
}
