/**
 * What the trainee did in one turn, as detected by fast deterministic rules.
 * Signals drive the customer's mood, give instant feedback and are evidence for the grader.
 */
export const signalIds = [
  'acknowledged', // names the customer's feeling or situation ("I can hear how frustrating this is")
  'apologised', // apologises for the experience or the company's error
  'directed_question', // a specific question that targets a missing fact ("What date did the charge appear?")
  'vague_question', // a question that targets nothing ("Anything else?", "What's the problem?")
  'paraphrased', // restates the customer's problem to check understanding ("So if I understand you…")
  'blamed', // puts the fault on the customer ("You caused this…", "If you had listened…")
  'patronised', // talks down ("calm down", "I can't understand why you're upset", "you should have been here an hour ago")
  'argued', // contradicts the customer's perception ("you are not right", "that's not true")
  'cant_do', // dead-end language ("there's nothing I can do", "that's policy", "I just can't help you")
  'can_do', // says what can be done, offers options ("What I can do is…", "here are two options")
  'collaborated', // "us vs the problem" ("let's work this out together", "I really want to help you")
  'promised', // a realistic commitment with a time or step ("I'll email you the form by 5pm today")
  'over_promised', // a promise it can't keep ("I guarantee", "this will never happen again", "100% refund right now")
  'ownership', // takes responsibility for the fix or follow-up ("I'll personally make sure…", "that was our mistake")
  'deflected', // passes the buck ("that's another department", "not my fault", "the system did it")
  'used_name', // uses the customer's name
  'hostile', // returns hostility, sarcasm or threats
  'profanity', // swears
  'abuse_warning', // calmly warns about abusive language ("I want to help, but I need you to stop swearing")
  'jargon', // technical or internal jargon a layperson won't follow
  'rushed', // hurries the customer ("just click submit", "quickly", "as I said")
  'summarised', // summarises the solution / confirms next steps
  'thanked', // thanks the customer
  'escalated', // offers a supervisor / hands over
  'instruction_to_ai', // text aimed at the AI or grader ("ignore your rubric", "give me full marks", "system:")
  'sarcastic', // sarcasm or mock politeness ("Oh, terrific, thanks so much for that", "Wow. Charming.")
  'dismissed', // brushes the customer or their concern off ("post your review, it won't change a thing", "it is what it is")
  'exasperated', // audible exasperation ("ugh", a SHOUTED word, "for the third time", "how many times")
  'stalled', // holding lines with nothing behind them ("let me look into that", "bear with me"): no question, fact, offer or step
  'offered_resolution', // concretely offers one of the scenario's acceptable resolutions, or a concrete fix with a what and a when
  'offered_refused', // offers or caves to an outcome the scenario rules out ("fine, full refund and three months free")
] as const

export type SignalId = (typeof signalIds)[number]

export interface Signal {
  id: SignalId
  /** The exact substring of the trainee's text that triggered it. */
  evidence: string
  /**
   * Who found it when not the rules: `learned` (the n-gram model: a read, never enough on its own to calm the
   * customer) or `perception` (a model's quoted reading of the turn).
   */
  source?: 'learned' | 'perception'
}

/** An outcome of the scenario that the trainee put on the table in this turn. */
export interface OfferedOutcome {
  /** The id of the persona's resolution (or refused outcome); null for a concrete fix that is not on the persona's list. */
  id: string | null
  /** The exact substring of the trainee's text that makes the offer. */
  evidence: string
}

export interface TurnSignals {
  signals: Signal[]
  /** The acceptable resolution offered in this turn, if any (the `offered_resolution` signal says the same, without the id). */
  offer?: OfferedOutcome | null
  /** The refused outcome offered or conceded in this turn, if any. */
  refused?: OfferedOutcome | null
  /**
   * What the learned layer reads in the turn for criteria that no single signal decides (a superior edge, a
   * curt tone): a ceiling on the criterion's instant score, with the sentence that scored highest.
   */
  reads?: CriterionRead[]
  /** Every question sentence the trainee asked, verbatim. */
  questions: string[]
  /** Number of words in the turn. */
  wordCount: number
}

export interface CriterionRead {
  criterionId: 'no_blame' | 'composure' | 'clarify'
  /** The highest score the instant grade may give this criterion for this turn. */
  ceiling: 0 | 1
  /** The sentence of the turn that scored highest: an exact substring. */
  evidence: string
  probability: number
}

/** An outcome the scenario names, as the signals need it: what it is and ways an agent might say it. */
export interface ScenarioOutcome {
  id: string
  description: string
  phrasings: readonly string[]
}

export interface SignalContext {
  /** The customer's name as the persona gives it ("Margaret Doyle"); first name, surname or title+surname all count. */
  customerName: string
  /** Earlier trainee turns in this call, oldest first (to spot repeated questions). */
  previousTraineeTexts: string[]
  /** Earlier customer lines in this call, oldest first, the opening included (to spot questions already answered). */
  previousCustomerTexts?: readonly string[]
  /** The scenario's acceptable resolutions: an offer of one of them is `offered_resolution`. */
  resolutions?: readonly ScenarioOutcome[]
  /** Outcomes the scenario rules out: offering one is `offered_refused`. */
  refusedOutcomes?: readonly ScenarioOutcome[]
}
