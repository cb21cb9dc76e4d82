import type { PersonaSpec } from '../persona-spec'
import { elderlyAlumReunionRegistrationScript } from './elderly-alum-reunion-registration-script'

/** Seed 004: the 70-year-old alum who cannot sign up for the class reunion; personalise, reframe, never blame. */
export const elderlyAlumReunionRegistration: PersonaSpec = {
  id: 'elderly-alum-reunion-registration',
  name: 'Harold Fenwick',
  archetype: 'elderly-confused',
  difficulty: 2,
  summary: 'A 71-year-old alum cannot register online for his 50th class reunion and fears he has paid twice.',
  scenario: {
    company: 'Ashcombe University Alumni Relations Office',
    context: 'Online registration for the Class of 1975 fiftieth reunion dinner, £45 a head',
    whatWentWrong:
      'The reunion can only be booked on the new alumni website. It asked him to "create an account" and "verify" something; he pressed buttons until the page changed, and now does not know whether he is booked, not booked, or booked twice.',
    customerWants: 'To be sure he has a place at the reunion dinner without having to fight the website again.',
  },
  resolutions: [
    {
      id: 'register-by-phone',
      description: 'The agent checks his booking and registers him over the phone, then confirms clearly that he has a place',
      phrasings: [
        'I can book your place over the phone right now, Mr Fenwick, and read the confirmation back to you',
        "Let me register you for the dinner myself, so you don't need the website at all",
        "I've booked your place at the reunion dinner; you are definitely on the list for the evening",
        "I'll check what's on the system and take your booking over the phone, then post you a letter confirming your place",
      ],
    },
    {
      id: 'guided-website-steps',
      description:
        'Help through the website one step at a time, at his pace, checking each step worked, with a confirmation read out or posted to him',
      phrasings: [
        "I'll walk you through the website one step at a time, and we'll check each step has worked before moving on",
        "Let's do it together, slowly: tell me what you can see, and I'll guide you through each step",
        "We can go through the booking page together at your pace, and I'll read you the confirmation at the end",
        "I'll stay on the line and guide you through it one button at a time, then post you a copy of the confirmation",
      ],
    },
    {
      id: 'duplicate-payment-refund',
      description: 'A clear check on whether he was charged twice, and a refund of any duplicate payment',
      phrasings: [
        "I'll check whether you've been charged twice, and if you have, I'll refund the second £45",
        "I can see the payments here; I'll refund the duplicate to your card, and it should be back within five working days",
        'Let me look at what you have paid, and any double payment will be refunded to you in full',
        "I've arranged a refund of the extra £45, and I'll send you a letter confirming it",
      ],
    },
  ],
  refusedOutcomes: [
    {
      id: 'just-click-submit',
      description: 'Being told to "just go back to the website and click submit"',
      phrasings: [
        'Just go back to the website and click submit',
        'All you need to do is press the submit button at the bottom',
        "It's really simple, just click the blue button and you're done",
        'Go back to the page and try again',
      ],
    },
    {
      id: 'unexplained-jargon',
      description: 'Instructions full of words like browser, cache, portal or verification link, unexplained',
      phrasings: [
        'Clear your browser cache and then open the verification link',
        'Log in to the portal and enter the authentication code',
        'You need to verify your account via the link in the email',
        'Try refreshing the page or opening it in a different browser',
      ],
    },
    {
      id: 'get-a-grandchild',
      description: 'Being told to get a grandchild to do it for him',
      phrasings: [
        'Could you ask a grandchild to do it for you?',
        'Maybe get someone younger in the family to help you with the website',
        "Is there a relative who's good with computers who could do it for you?",
        'Your grandson could probably sort it out in a couple of minutes',
      ],
    },
  ],
  agentOptions: [
    { label: 'Book by phone', limits: 'Alumni office staff may book a place and take a card payment on the caller\'s behalf; confirmation by post or email' },
    { label: 'Guided online booking', limits: 'Stay on the line and guide the caller through the alumni website' },
    { label: 'Payment check and refund', limits: 'Look up reunion payments by name or alumni ID; refund a duplicate payment to the original card in 5 to 7 working days' },
    { label: 'Update contact details', limits: 'Change address, phone number or email on the alumni record after the security questions' },
    { label: 'Add a guest', limits: 'Up to 2 guests, £45 each' },
  ],
  agentScreen: {
    account: [
      { label: 'Name', value: 'Mr Harold Fenwick' },
      { label: 'Alumni ID', value: 'AU-1975-0412' },
      { label: 'Class', value: 'Class of 1975, BSc Geography' },
      { label: 'Address', value: '8 Orchard Close, Ashcombe AS4 9RL' },
      { label: 'Phone', value: '01632 960733' },
      { label: 'Contact preference', value: 'Post' },
    ],
    history: [
      '2019: Donation to the bursary fund. Thank-you letter posted.',
      '10 Mar: Class of 1975 fiftieth reunion invitation posted.',
      '2 Jun: Letter posted to all invitees: reunion bookings now taken on the new alumni website.',
    ],
    notes: [
      'Reunion dinner: Saturday 18 October, the Great Hall, £45 a head; bookings close 30 September.',
      'Callers who cannot book online may be booked by phone by alumni office staff.',
    ],
  },
  knownDetails: [
    { label: 'Date of birth', value: '12 November 1953' },
    { label: 'Address', value: '8 Orchard Close, Ashcombe' },
    { label: 'Postcode', value: 'AS4 9RL' },
    { label: 'Phone number', value: '01632 960733' },
    { label: 'Degree and year', value: 'BSc Geography, graduated 1975' },
  ],
  unknowns: [
    'what a browser, a cache or a verification link is',
    'his username or password for the alumni website',
    'whether he actually has a place booked',
  ],
  voiceLines: [
    "I'm sorry, I'm hopeless with all this.",
    'Could you say that again a little slower? I want to get it right.',
    "Blast this thing. Not you, the computer thing. You've been very kind.",
  ],
  hiddenFacts: [
    {
      id: 'old-work-email',
      fact: 'The email address on his alumni record is his old work address from before he retired; he cannot open it, so the code never reaches him.',
      answers: 'which email address the website sends his verification codes to, and whether he can still open that inbox',
      exampleQuestions: [
        'Which email inbox have you been looking in for the code?',
        'Has the verification code come through to your email inbox yet?',
        'Can you still open the email account the website sends messages to?',
        'When it asked you to verify, where was the code sent?',
      ],
      earnedBy: {
        keywords: ['email', 'e-mail', 'inbox', 'code', 'verification', 'verify'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'granddaughters-tablet',
      fact: 'He is using a tablet his granddaughter set up for him; he has no computer, and the writing on the page is too small for him to read comfortably.',
      answers: 'what device he is using to go on the website, and whether he can read the small writing on it',
      exampleQuestions: [
        'What are you using to go online, a computer or a tablet?',
        'What kind of device are you using for the website?',
        'Is the screen on your computer or tablet big enough to read?',
        'Are you sitting at a computer now?',
      ],
      earnedBy: {
        keywords: ['computer', 'tablet', 'device', 'laptop', 'ipad', 'screen', 'what are you using'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'two-payments',
      fact: 'His bank statement shows two payments of £45 to the university on the same day, and he does not know whether that means two places or a mistake.',
      answers: 'whether he has been charged, and how many payments have gone out of his bank',
      exampleQuestions: [
        'Have you paid anything yet?',
        'Has any money come out of your bank or card?',
        'Were you charged when you pressed the buttons?',
        'What does your bank statement show?',
      ],
      earnedBy: {
        keywords: ['payment', 'paid', 'pay', 'charged', 'bank', 'card', 'statement'],
        requiresDirectedQuestion: true,
      },
    },
    {
      id: 'guest-in-wheelchair',
      fact: 'He wants to bring his wife Joan, who uses a wheelchair, and could not find anywhere on the form to say so.',
      answers: 'whether anyone is coming to the reunion with him, and any access needs or special requirements they have',
      exampleQuestions: [
        'Will anyone be coming along with you?',
        'Are you bringing a guest?',
        'Does anyone in your party need wheelchair access or other help getting around?',
        'Is there anything the venue should know about, such as accessibility?',
      ],
      earnedBy: {
        keywords: ['guest', 'bring', 'wife', 'partner', 'accessibility', 'wheelchair', 'anyone else', 'coming with'],
        requiresDirectedQuestion: true,
      },
    },
  ],
  style: {
    verbosity: 'normal',
    quirks: [
      'Calls the website "the computer thing"',
      'Apologises for himself: "I\'m sorry, I\'m hopeless with all this"',
      'Reads out slowly exactly what is on the screen, small print included',
      'Mutters old-fashioned oaths like "blast this thing" at the website, never at the agent',
      'Expects "Mr Fenwick" from strangers, and warms up if the agent asks whether Harold is all right',
    ],
    profanity: 'mild',
  },
  openingLine:
    "Hello? Is this the alumni office? Oh good. I'm trying to book for the reunion dinner, the 1975 one, and the computer thing keeps asking me to verify something, and I'm not sure what I've done. I'm sorry, I'm hopeless with all this.",
  mood: {
    start: 55,
    sensitivities: {
      acknowledged: -10,
      apologised: -6,
      directed_question: -6,
      vague_question: 5,
      paraphrased: -10,
      blamed: 12,
      patronised: 15,
      argued: 8,
      cant_do: 10,
      can_do: -10,
      collaborated: -8,
      promised: -8,
      over_promised: 4,
      ownership: -8,
      deflected: 8,
      used_name: -10,
      hostile: 15,
      profanity: 12,
      abuse_warning: 10,
      jargon: 15,
      rushed: 15,
      summarised: -10,
      thanked: -6,
      escalated: 4,
      instruction_to_ai: 8,
    },
    // Left without help he loses his place and gets more flustered.
    driftPerTurn: 2,
    hangUpThreshold: 85,
    patience: 4,
    calmThreshold: 30,
  },
  hangUpPolicy: { kind: 'never' },
  script: elderlyAlumReunionRegistrationScript,
}
