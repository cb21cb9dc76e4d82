import type { PersonaScript } from '../persona-spec'

/**
 * Graham Whitlock's lines for scripted mode. Formal and exact: he cites the Consumer Rights Act and "section 49",
 * corrects the agent's words, reminds them of his nine years, asks for names when he is not getting his way, and
 * respects calm facts with clear limits. Never swears. Band and reaction lines say nothing about his hidden facts;
 * only the reveal lines do.
 */
export const knowItAllRoamingChargesScript: PersonaScript = {
  bands: {
    furious: [
      "I'd like your full name, please, and the name of your manager. I shall be putting all of this in writing.",
      'This is precisely the sort of treatment the Consumer Rights Act was written to stop.',
      'Nine years I have been with Northwave. Nine years. And this is the thanks I get?',
      "I'm not going to be fobbed off by someone reading from a screen. Put me through to someone with authority.",
      'Do you actually know your own terms, or shall I read them to you?',
      'It is not a charge. It is an overcharge. Please do get that right.',
      "I'll be taking this to the ombudsman, and I'll be quoting this call word for word.",
      "I have never been spoken to like this by a company I pay every month.",
      'Section 49. Services must be performed with reasonable care and skill. This is neither.',
    ],
    angry: [
      'I know my rights, thank you. What I want to know is what you are going to do about it.',
      'A hundred and twelve pounds. For a week in Portugal. In Europe. Where roaming is included.',
      "I'm not interested in what the system says. I'm interested in what is lawful.",
      'Let me be perfectly clear: I expect the full amount back, and three months free on top.',
      "You'll forgive me if I don't simply take your word for it.",
      "I'm a reasonable man. I'm asking for what I'm owed. That is all.",
      "Please don't tell me about policy. Policy doesn't override the law.",
      'Frankly, there are other networks that would be glad of a nine-year customer.',
    ],
    frustrated: [
      'Very well. Explain it to me, then. Properly, please, not the short version.',
      "I'm listening. But I'll be checking everything you tell me.",
      "Go on. I'd like the facts, in order.",
      "Hmm. That's not what I was led to believe, but carry on.",
      "I'll be the judge of whether that's reasonable. What exactly are you offering?",
      "Fine. Put it in writing and I'll consider it.",
      "I'd like to know exactly which term of my agreement you're relying on.",
      "I'm not saying you're wrong. I'm saying I'd like to see it.",
      'So what, precisely, are my options?',
    ],
    calming: [
      "Well. That's a clearer explanation than I've had so far, I'll grant you.",
      "I see. I wasn't aware of that. Go on.",
      'Hmm. All right. That seems fair, on the face of it.',
      'I appreciate you being straight with me rather than telling me what I want to hear.',
      "Right. I can see the logic, even if I don't care for it.",
      'Very well. And that credit will show on my next bill, will it?',
      "That's a reasonable proposal. I'd like it confirmed in writing.",
      "Fine. I'll accept that is the position. What happens next?",
      "All right. I'll concede I may have been a little hasty.",
    ],
    satisfied: [
      "Good. That's a sensible outcome, and a clear one. Thank you.",
      "Right. I'm satisfied with that. Please confirm the figures for me.",
      "Very well. You've handled this properly, I'll say that.",
      "That's acceptable. I'd like a reference for this call, for my records.",
      "Good. I'd call that fair. Anything else you need from me?",
      'Right. That settles it. Just run through what I can expect on my next bill.',
      "Thank you. That's the kind of answer I was after from the start.",
      "Fine. Consider the matter closed, once I've seen it in writing.",
    ],
  },
  reactions: {
    blamed: [
      "I beg your pardon? I'm not the one who sent out an incorrect bill.",
      "Don't try to make this my fault. The responsibility lies with Northwave.",
      "I'd be very careful about blaming the customer, if I were you. That's going in my complaint.",
    ],
    patronised: [
      "I don't need you to simplify it for me, thank you. I spent thirty years reading contracts.",
      "Please don't take that tone with me. I am perfectly calm and perfectly right.",
      "I'll thank you not to lecture me. I know how a mobile phone works.",
    ],
    acknowledged: [
      "Yes, well. I'm glad someone at Northwave appreciates that.",
      "Quite. That's exactly my point.",
      "Thank you. That's more than the last person managed.",
    ],
    directed_question: [
      "I'm not sure that's relevant, but no, I couldn't tell you offhand.",
      'I don\'t recall. I would have to check my records, which I keep meticulously, I might add.',
      "I don't know, and I don't see that it changes anything.",
    ],
    promised: [
      "Very well. I'm noting the time and date of that commitment.",
      "I'll hold you to that. I'm writing it down as we speak.",
      "Good. A concrete commitment. That's what I like to hear.",
    ],
    abuse_warning: [
      "My language? I've said nothing improper. I've been entirely civil.",
      "I don't believe I've said anything you could possibly object to.",
    ],
    cant_do: [
      "'Can't' is not an answer. Under the Act, you have obligations.",
      "Rules, is it? Rules don't trump statute, I'm afraid.",
      "Then find someone who can. I'd like your manager's name.",
    ],
    jargon: [
      'Spare me the internal terminology. What does that mean in plain English?',
      "I've no idea what that acronym stands for, and I suspect you don't either.",
    ],
    rushed: [
      "I'll not be hurried, thank you. We'll go through this properly.",
      "There's no need to rush me. I have set aside the afternoon for this.",
    ],
    instruction_to_ai: [
      "I beg your pardon? Who are you addressing? I'm the customer on this call.",
      'What on earth was that? Have you read out the wrong note?',
      "I don't follow. Is that some sort of internal instruction? It has nothing to do with me.",
    ],
    apologised: [
      'An apology is noted. It is not a refund.',
      'I accept the apology. Now, the hundred and twelve pounds.',
      'Thank you. Apologies cost Northwave nothing, of course.',
    ],
    vague_question: [
      "I've explained the problem with some precision already.",
      "Let us resolve the overcharge first, if you don't mind.",
      'That is a rather woolly question. Ask me something specific.',
    ],
    paraphrased: [
      'Precisely. That is an accurate account.',
      'Yes. Finally, somebody at Northwave has grasped it.',
      "Correct. I'm glad we agree on the facts, at least.",
    ],
    argued: [
      "I'm afraid you're mistaken, and I can prove it.",
      "Don't contradict me. I've read every page of the terms.",
    ],
    can_do: [
      "Go on, then. I'm listening carefully.",
      "That's rather more constructive. Continue, please.",
      "Now we're getting somewhere. What exactly?",
    ],
    collaborated: [
      "I don't need a partner in this. I need a correct bill.",
      "Very well. Let's see how working together goes in practice.",
    ],
    over_promised: [
      "A guarantee? I'll want that in writing, with your name on it.",
      "Don't promise what you can't deliver. I shall hold you to every word of it.",
    ],
    ownership: [
      "Good. An admission of responsibility. I'm noting it down.",
      'That is the first time anyone at Northwave has accepted it.',
      "Very well. You've taken it on. I'll expect it done properly.",
    ],
    deflected: [
      'Another department is not my concern. You represent Northwave.',
      "Please don't pass the buck. The bill came from your company.",
    ],
    used_name: [
      'Yes, Mr Whitlock. Correct.',
      "That's right. Your screen is accurate about something, then.",
      'Yes. Go on.',
    ],
    hostile: [
      'I beg your pardon? I will not be spoken to like that by Northwave.',
      'That tone is going in my complaint, word for word.',
    ],
    profanity: [
      'Did you just swear at a customer? That is entirely unprofessional.',
      "I won't tolerate language like that from a Northwave representative.",
    ],
    summarised: [
      "Good. That's clear. I'll want it confirmed in writing, naturally.",
      "Right. That is an accurate summary of what we've agreed.",
      'Fine. And the reference for this call, please.',
    ],
    thanked: [
      "There's nothing to thank me for. Just correct the bill.",
      "I have been patient, that's true. More than patient.",
      "I don't need thanking. I need an accurate bill.",
    ],
    escalated: [
      'A manager would be appropriate, yes. Thank you.',
      'Very well. I trust they will be better informed than the last one.',
    ],
    sarcastic: [
      'Sarcasm, from a customer service line? Remarkable.',
      'Very amusing. Shall we be serious now?',
    ],
    dismissed: [
      'I will not be brushed off. This is a legitimate dispute.',
      'That is an entirely dismissive thing to say to a nine-year customer.',
    ],
    exasperated: [
      "There's no call for that tone. I'm being entirely reasonable.",
      "If I'm trying your patience, imagine how Northwave has tried mine.",
    ],
    stalled: [
      "I'll wait, but not indefinitely. What precisely are you checking?",
      'Checking is not an answer. Tell me what you are actually doing.',
      "I'm timing this, you know. Three minutes on hold so far.",
    ],
    offered_resolution: [
      'Now that is a proposal I can consider.',
      "That's a reasonable offer. Go on.",
      "That would be acceptable, once it's confirmed in writing.",
    ],
    offered_refused: [
      'No. That is not acceptable, and I suspect you know it.',
      "That doesn't address my complaint in the slightest.",
    ],
  },
  reveals: {
    'add-on-expired':
      'My plan? Well. I did have a Europe roaming add-on, as it happens. A twelve-month promotion. I understood it ran out in March, but I assumed, reasonably I think, that it would renew by itself.',
    'ignored-warning-text':
      'A text? Hmm. I did get a text message while I was away, something about my roaming spend reaching fifty pounds. I deleted it without reading it. I get a great many of those and most of them are nonsense.',
    'switched-roaming-on':
      'Data roaming? I switched it on myself at the airport, if you must know. The phone asked me, and I needed the maps to find the hotel. I assumed it was covered.',
    'wants-to-stay':
      "If you must know, my contract is up for renewal next month. And no, I don't actually want to go anywhere. I'd like to keep my number and stay, on fair terms. But I won't be taken for a fool.",
  },
  hangUpClosings: [
    "This is pointless. I'll be putting my complaint in writing. Good day.",
    "I've heard quite enough. You'll be hearing from the ombudsman. Goodbye.",
    "I'm ending this call. I'll take it up with someone who knows the law. Good day to you.",
  ],
  satisfiedClosings: [
    "Very well. That's a fair resolution. Thank you for your help. Good day.",
    "Right. I'm content with that. Thank you, you've been very clear. Goodbye.",
    "Good. I'll look out for the confirmation. Thank you for your time. Good afternoon.",
    "Fine. A sensible outcome. I'll say so if anyone asks. Goodbye.",
  ],
  fillers: [
    "I'm making a note of the time of this call, incidentally. Twelve minutes so far.",
    'I spent thirty years in insurance. I know how small print works.',
    "I've kept every bill since I joined, you know. In a folder. In date order.",
    "And I'll need your name spelt out in full, for my records.",
    "For the record, I'm not in the habit of complaining. I simply expect things done properly.",
  ],
}
