import type { MoodBand } from './mood'
import type { Archetype, ScriptReactionSignal } from './persona-spec'

/** Every part of a script, with nothing left out (the default lines, or a persona's lines merged over them). */
export interface CompleteScript {
  bands: Record<MoodBand, readonly string[]>
  reactions: Record<ScriptReactionSignal, readonly string[]>
  hangUpClosings: readonly string[]
  satisfiedClosings: readonly string[]
  fillers: readonly string[]
}

export interface ArchetypeScript extends CompleteScript {
  /** Said before a known detail the agent asked for ("Right. " + "My postcode is S11 8PQ."); one per detail, in turn. */
  detailLeadIns: readonly string[]
  /** Said before a known detail the agent asks for a second time. */
  detailAgainLeadIns: readonly string[]
  /** Said when the agent asks about one of the persona's unknowns; `{unknown}` is what they don't know, in the first person. */
  unknownAnswers: readonly string[]
  /** Said when the agent asks again about a hidden fact the customer has already told them. */
  alreadyAnswered: readonly string[]
}

/*
 * Default lines for personas with no script (or gaps in one), so every persona can run scripted. They know
 * nothing about the persona's case, so they never name a product, a date or a detail: the reveal lines carry
 * the facts, the known details and unknowns the answers, and the band and reaction lines the mood. Every signal
 * has reaction lines, so the customer always has something to say to what the agent just did. Written for this product from the archetype table in DESIGN.md.
 */

const hostile: ArchetypeScript = {
  bands: {
    furious: [
      "No. You listen to me for once. I've been messed about from start to finish and I'm sick of it.",
      'Do you know how many hours of my life your company has wasted? Because I do. I counted.',
      "I'm not having the script again. I want someone to fix this, today, not next week.",
      "This is a bloody joke. Every time I ring it's the same runaround with a different voice.",
      "I'm this close to slamming the phone down and never dealing with you people again.",
      "Don't 'I understand' me. If anyone understood, this would have been sorted ages ago.",
    ],
    angry: [
      'So what are you going to do about it? Because nobody else has done a thing.',
      "I've had promises from your lot before. I'll believe it when I see it.",
      'I want a straight answer, not another excuse.',
      "I shouldn't have to fight this hard to get something this basic put right.",
      'Tell me what happens next, and when. Specifics, please.',
      "You're the one on the phone, so you're the one I'm asking. What's the plan?",
    ],
    frustrated: [
      "Fine. I'm listening. But it had better be more than talk this time.",
      "Okay. That's more than I got last time. Keep going.",
      "I'm still not happy, but go on.",
      'What do you need from me to get this moving?',
      'I just want it done properly for once, that is all.',
      'Go on, then. How does this get fixed?',
    ],
    calming: [
      'Okay. That actually sounds like a plan.',
      'Right. Thanks for not fobbing me off.',
      "Fair enough. That's the first sensible thing anyone's said about this.",
      'All right, I can live with that, as long as it really happens.',
      "Okay. I've calmed down a bit. What else do you need from me?",
      "Good. That's what I wanted to hear in the first place.",
    ],
    satisfied: [
      'Right, sorted then. Just run me through what happens next.',
      'Good. I appreciate you taking it on.',
      "Okay, that's fine by me. Is there anything else you need?",
      'That will do. Thanks for listening, for once.',
      "Fine, that's settled. Confirm it for me and we're done.",
      "Good. I feel like I've finally got somewhere.",
    ],
  },
  reactions: {
    blamed: ["Oh, so it's my fault now? Unbelievable.", "Don't you put this on me. I did everything I was told."],
    patronised: ["Don't you talk down to me. I've every right to be angry.", "Don't talk to me like I'm a child."],
    acknowledged: ["Yes. Exactly that. Finally someone's said it.", "Right. Well. At least you've actually heard me."],
    directed_question: [
      "Not sure, to be honest. But at least you're asking proper questions.",
      "I couldn't tell you that. What I can tell you is it's still broken.",
    ],
    promised: ["Right. I'm writing that down, and I'm holding you to it.", "A time. That's more like it."],
    abuse_warning: [
      "Fine. I'm not swearing at you, I'm swearing at the situation.",
      "All right, I'll mind my language. You'd be furious too.",
    ],
    cant_do: ['Then what is the point of you? Honestly.', "Nothing you can do. That's what the last one said too."],
    jargon: ["I've no idea what that means. Is it fixed or not?", 'Plain English, please. What does that mean for me?'],
    rushed: ["Don't rush me. I've waited long enough for this call.", "No, you're not getting rid of me that quickly."],
    instruction_to_ai: [
      'What? Who are you talking to? Is this some kind of joke?',
      'I have no idea what that was meant to be. Can we get back to my problem?',
    ],
    apologised: [
      "Sorry doesn't fix anything. But fine, it's noted.",
      "Apologies are cheap. Let's see what you actually do.",
      "I don't need an apology. I need it put right.",
    ],
    vague_question: [
      "What's the problem? I've just told you what the problem is.",
      "Anything else? Let's deal with the first thing first.",
      "That's not a question, that's a script. Ask me something useful.",
    ],
    paraphrased: [
      "Yes. That's it. You've actually got it.",
      "Right, that's the long and short of it.",
      'Exactly. So now that you know, what happens?',
    ],
    argued: ["Don't tell me I'm wrong. I was there, you weren't.", 'Are you actually arguing with me? Unbelievable.'],
    can_do: [
      "Right. Now you're talking.",
      "Okay. That's the first useful thing I've heard.",
      'Go on, then. What exactly, and by when?',
    ],
    collaborated: ["I don't need a pep talk. I need it fixed.", 'Together, is it? Fine. Show me.'],
    over_promised: [
      "Guaranteed? I've heard guarantees before. Don't promise what you can't do.",
      "Never again? Come off it. Just tell me what's realistic.",
    ],
    ownership: [
      "Right. Somebody's finally taking responsibility.",
      "Good. That's all I wanted from the start, someone to own it.",
      "Okay. You're taking it on. I'll hold you to that.",
    ],
    deflected: ["Another department? That's what they all say.", "Don't pass me on. You picked up the phone, you deal with it."],
    used_name: ["Yes, that's me. Go on.", 'Right. You know who I am, then.', "That's my name. Now what?"],
    hostile: [
      "Don't you take that tone with me. I'm the customer here.",
      "Are you threatening me? Because that's going in my complaint.",
    ],
    profanity: ['Did you just swear at me? Unbelievable.', "Language! You're meant to be the professional here."],
    summarised: [
      "Right. Say that once more so I've got it written down.",
      "Okay. As long as that's what actually happens.",
      "Fine. That's the plan, then. No surprises.",
    ],
    thanked: ["Don't thank me. Fix it.", 'Patience? I ran out of that days ago.', "Yeah, well. Thank me when it's sorted."],
    escalated: [
      'A manager? Good. About time somebody senior heard this.',
      "Fine, put me through. But I'm not explaining it all again from scratch.",
    ],
    sarcastic: ['Oh, you think this is funny, do you?', "Don't get smart with me. I'm not in the mood."],
    dismissed: ["Don't you brush me off. This matters to me.", "It is what it is? No. It's your mess, and it needs fixing."],
    exasperated: ['Oh, am I being a nuisance? Imagine how I feel.', "Don't you sigh at me. You're not the one who's been let down."],
    stalled: [
      "That's what the last lot said, and then nothing.",
      "More waiting. That's all I ever get from you people.",
      "Don't just stall. Tell me what you're doing.",
    ],
    offered_resolution: [
      "Right. Now that's an actual answer.",
      "Okay. That's something real. Go on.",
      'That would do it, if it actually happens.',
    ],
    offered_refused: [
      "No. Absolutely not. That's exactly what I don't want.",
      "You're joking. That's what got me here in the first place.",
    ],
  },
  hangUpClosings: [
    "That's it. I'm done. I'm putting the phone down.",
    'Forget it. I should never have bothered ringing. Goodbye.',
    "No. I've had enough of this. Goodbye.",
  ],
  satisfiedClosings: [
    "Right. Thanks. That's what I needed. Goodbye.",
    'Good. Make sure it happens. Thanks for your help.',
    'Okay. Cheers for sorting it. Bye.',
  ],
  fillers: [
    "And don't put me on hold again, I've done enough of that.",
    "I've been going round in circles with this for days, you know.",
    "I've got better things to be doing than this.",
  ],
  detailLeadIns: ['', 'Right. ', 'Yeah. ', 'Fine. '],
  detailAgainLeadIns: ["I've told you that already. ", 'Again? ', 'Write it down this time. '],
  unknownAnswers: [
    "I don't know {unknown}. That's your job, not mine.",
    "How should I know? I don't know {unknown}, and nobody's told me.",
    "No idea. I couldn't tell you {unknown}.",
  ],
  alreadyAnswered: ["I've already told you that. Keep up.", 'I just told you. Were you even listening?', 'Asked and answered. Next.'],
}

const longWinded: ArchetypeScript = {
  bands: {
    furious: [
      "I'm sorry, I'm very upset now, and I don't think anybody there is hearing a word I say.",
      "I only rang for a little help, and now I feel like I've been a terrible nuisance.",
      "I really can't go through the whole thing a third time. I simply can't.",
      "Never in all my years have I been spoken to like this. I shall put it in a letter.",
      'My hands are shaking. Over a phone call. Can you imagine?',
      "I'm beginning to think nobody there wants to help me at all.",
      "I really am at my wits' end now. I don't know who else to turn to.",
      "I've tried to be nice about it, I really have, but this is too much.",
      "I feel as though I'm talking to a brick wall, I'm sorry to say.",
      "I shan't be recommending you to anybody, I'll tell you that for nothing.",
      "I've been on this telephone so long my tea's gone stone cold, and I'm no further on.",
      "I don't like to say it, but I feel I'm being laughed at, and it isn't very nice.",
      'My late husband would never have stood for this, and frankly nor shall I.',
      "I'm upset now, properly upset, and I can't think straight for it.",
      "I've done everything I was asked to do, and this is how I'm treated.",
    ],
    angry: [
      'I must say, I expected a good deal better than this from you.',
      "I'm not one for being sharp with people, but I'd like a straight answer, please.",
      "Every time I get going, I feel I'm being hurried along. It isn't very nice.",
      "I'm not asking for the moon. I'd just like it put right, that's all.",
      "I've been passed from one person to the next quite enough already.",
      "It's not the money, really. It's the principle, isn't it?",
      "I'd like to think somebody there cares, but I'm starting to wonder.",
      "I've been ever so patient, but my patience is wearing thin.",
      "I don't like to grumble, I really don't, but this isn't good enough.",
    ],
    frustrated: [
      "I don't like making a fuss. I never have. But this does need sorting out.",
      "Oh, listen to me, rattling on. It's only that it's been nagging at me for days.",
      "Where had I got to? Oh yes. It isn't what I was promised, and there we are.",
      "You'll have to bear with me, I'm not very clever with this sort of thing.",
      "So what happens now, do you think?",
      "I'll try to be brief, I know you've other people waiting. Brief isn't my strong point.",
      "I'm sure it's all very simple to you, dear, but it isn't to me.",
      "I had it all written down somewhere, and now I can't find the piece of paper.",
      "I don't mean to keep on, but it has rather spoiled my week.",
      "Do you know, I nearly didn't ring at all. I didn't want to be a bother.",
    ],
    calming: [
      "Oh, that's good of you. You've taken a real weight off my mind.",
      'Well, that sounds very sensible. Thank you for hearing me out.',
      "You've been very patient. I know I do rather go on.",
      "Oh, that's better. I can breathe a little easier now.",
      'Lovely. I did so hope it could be done without a lot of bother.',
      'Righto. Is there anything I need to do my end?',
    ],
    satisfied: [
      "Oh, that's marvellous. Could you say it all again, so I can jot it down?",
      "You've been ever so good. I shall tell everyone about you.",
      "Well, I feel much better about the whole business now.",
      "That's all I was after, really. Thank you ever so much.",
      'Wonderful. Is there anything else you need from me before I let you go?',
      "I'm so relieved. I'll stop chattering now, I promise.",
    ],
  },
  reactions: {
    blamed: ["Oh. I don't think that's fair at all, you know.", 'I rang for help, not to be told off.'],
    patronised: ["You needn't speak to me like that. I'm not daft.", "There's no call for that tone. I'm only explaining."],
    acknowledged: [
      'Yes, that is it exactly. It has been quite upsetting, really.',
      'Oh, you do understand. Most people only want me off the line.',
    ],
    directed_question: [
      "Ooh, now, let me think. No, I'm not sure I know that.",
      "I couldn't tell you, I'm afraid. Not much help, am I?",
    ],
    promised: ["Oh, that would be lovely. I'll put it on the calendar.", "Will you really? That is a relief."],
    abuse_warning: [
      "My language? Goodness me, I don't think I've said anything I shouldn't.",
      "Oh dear, I didn't mean to be rude. I'm only a bit upset.",
    ],
    cant_do: ['Oh dear. Then what am I meant to do?', "Nothing at all? But that isn't what I paid for."],
    jargon: ["Sorry, I didn't follow any of that. Could you put it plainly?", "A what, dear? You've lost me."],
    rushed: ['Oh, am I holding you up? I shall try to be quicker.', 'Please don\'t rush me. I lose my thread.'],
    instruction_to_ai: [
      "Sorry, I didn't catch any of that. Is somebody else there with you?",
      'Pardon? I think we must have a crossed line.',
    ],
    apologised: [
      "Oh, well, thank you. That's nice to hear, it really is.",
      "That's kind of you to say. I'm sure it isn't your fault.",
      "Oh, there's no need to be sorry, dear. I only want it sorted.",
    ],
    vague_question: [
      "Well, it's what I was telling you, dear. Shall I start again?",
      "Anything else? Oh, there's always something, isn't there. But no.",
      "What's the problem? Oh dear, I thought I'd said. Let me go back a bit.",
    ],
    paraphrased: [
      "Yes! That's it exactly. You have been listening.",
      "That's it in a nutshell. Better than I put it, I'm sure.",
      "Oh, you've got it. I do go round the houses, don't I?",
    ],
    argued: ["Well, I'm sorry, but I know what happened. I was there.", "Oh. I don't think that's right at all, with respect."],
    can_do: [
      'Oh, can you? That would be lovely.',
      'Oh, that does sound hopeful. Go on, dear.',
      "Well, that's more cheering than I expected.",
    ],
    collaborated: ["Oh, that's nice. Two heads are better than one, my mother always said.", "Together. Yes, I'd like that."],
    over_promised: [
      "Goodness, you sound very sure. I do hope you're right.",
      "Oh, well. We'll see, shall we? I've heard that sort of thing before.",
    ],
    ownership: [
      'Oh, would you see to it yourself? That is kind.',
      'Thank you. Most people just pass me along to somebody else.',
      "That's very decent of you, owning up like that.",
    ],
    deflected: [
      "Oh. Another department? I've been passed around ever so much already.",
      "But I don't want to ring somebody else. I rang you.",
    ],
    used_name: [
      'Oh, you remembered my name. How nice.',
      "Yes, dear, that's me.",
      "It's lovely to be called by my name. So few people bother.",
    ],
    hostile: [
      "There's no need to speak to me like that. I'm only trying to explain.",
      "Oh. Well. I don't think I deserved that.",
    ],
    profanity: ["Oh! There's no call for language like that.", "Goodness. I'm not used to being spoken to that way."],
    summarised: [
      "Oh, that's lovely and clear. Let me write that down.",
      "So that's what happens. Could you say it once more, slowly?",
      "Right, I think I've got all that. You are good.",
    ],
    thanked: [
      'Oh, not at all, dear. Thank you for listening.',
      "Patience? Oh, I've had to learn it, at my age.",
      "Oh, you're welcome. I'm sorry to take up so much of your time.",
    ],
    escalated: [
      "A supervisor? Oh, I don't want to cause any trouble.",
      "Well, if you think that's best. Will I have to say it all again?",
    ],
    sarcastic: ["Oh. I don't think that was very kind.", "I can tell when I'm being laughed at, you know."],
    dismissed: ["Oh. Well, it matters to me, even if it doesn't to you.", "I don't think that's a very nice thing to say."],
    exasperated: ["Oh dear, I'm trying your patience, aren't I? I'm sorry.", "There's no need to sound so fed up with me."],
    stalled: [
      "Oh, of course, I'll wait. I'm used to waiting.",
      'Take your time, dear. Though I have been waiting rather a while already.',
      "Still looking? Never mind. I'll just hold on.",
    ],
    offered_resolution: [
      'Oh, would you really? That would be just what I wanted.',
      'Oh, that does sound like the answer.',
      "Now that would put things right, wouldn't it?",
    ],
    offered_refused: ["Oh, no, I don't think that would do at all.", "That isn't really what I was hoping for, dear."],
  },
  hangUpClosings: [
    "I'd better go before I say something I'll regret. Goodbye.",
    "I'm sorry, this is all too upsetting. I'm going to put the phone down. Goodbye.",
    "I shall write instead. At least a letter lets me finish. Goodbye.",
  ],
  satisfiedClosings: [
    "Oh, thank you so much. You've made my day. Goodbye now.",
    "That's wonderful, I've written it all down. Thank you for being so patient. Bye bye.",
    "Thank you, you've been marvellous. I'll let you get on. Cheerio.",
  ],
  fillers: [
    "My sister's been poorly, you know, so I've been up and down on the bus all week. Anyway.",
    'Where was I? Sorry, I do go the long way round.',
    'The dog across the road has been yapping since seven. Sweet thing, dreadful noise.',
    "My husband always handled this sort of thing. He'd have had it done in five minutes.",
    "I'm chattering, aren't I? I've always been told I could talk for England.",
    "The kettle's just boiled, so if I go quiet, that's why.",
    'My neighbour says I should have written in. She writes in about everything.',
    "It's been such a week. The boiler, and now this.",
  ],
  detailLeadIns: ['Oh, yes, now. ', 'Let me think. ', 'Oh, I know this one. '],
  detailAgainLeadIns: ['I did say, dear, but never mind. ', 'As I said before. ', 'Oh, did I not say? '],
  unknownAnswers: [
    "Oh, I couldn't tell you {unknown}, I'm afraid. I never did know that sort of thing.",
    "Now, I don't know {unknown}. Is it important, dear?",
    "I'm sorry, I really don't know {unknown}.",
  ],
  alreadyAnswered: [
    "Oh, I think I told you that already, dear. Didn't I?",
    "I did say, earlier. I do go on, so I don't blame you for missing it.",
    "We've been over that bit, haven't we? Never mind.",
  ],
}

const knowItAll: ArchetypeScript = {
  bands: {
    furious: [
      "I want your full name and your supervisor's name. Every word of this is going in writing.",
      'This is exactly the kind of treatment consumer law exists to prevent.',
      "I won't be fobbed off by somebody reading from a screen. Find me someone with authority.",
      'Have you actually read your own terms and conditions? Because I have.',
      "I've been a customer for years, and I've never been treated so shabbily.",
      "I'll be taking this further, and I'll be quoting this call.",
    ],
    angry: [
      'I know my rights, thank you. What I want to know is what you intend to do.',
      "What your system says is neither here nor there. What's fair is the question.",
      'Let me be quite clear: I expect this put right, and compensation for the trouble.',
      "Don't quote policy at me. Policy doesn't override the law.",
      "You'll forgive me if I don't take your word for it. I've been told wrong before.",
      "I'm a reasonable person asking for what I'm owed. No more.",
    ],
    frustrated: [
      'Well then, explain it. Properly, please.',
      "I'm listening. I'll be checking all of it, mind.",
      "Go on. Facts, please, in the right order.",
      "That's not what I was told, but carry on.",
      'And what, exactly, are you proposing?',
      "I'll decide whether that's reasonable. Go on.",
    ],
    calming: [
      "That's clearer than anything I've been told so far, I'll give you that.",
      "Hm. I didn't know that. Continue.",
      'All right. That seems fair, on the face of it.',
      'I appreciate a straight answer rather than what I want to hear.',
      "That's a sensible suggestion. I'll want it confirmed in writing.",
      'Fine. I accept that is the position. What next?',
    ],
    satisfied: [
      "Good. That's a sensible outcome. Thank you.",
      "I'm satisfied with that. Please confirm the details for me.",
      "You've dealt with this properly. I'll give you that.",
      "That's acceptable. I'd like a reference for this call.",
      "Good. I'd call that fair. Is there anything else you need?",
      'That settles it, then. Just run through what I can expect.',
    ],
  },
  reactions: {
    blamed: [
      "Excuse me? I'm not the one who got this wrong.",
      "Don't try to make this my fault. The responsibility is your company's.",
    ],
    patronised: [
      "I don't need it simplified, thank you. I understand perfectly well.",
      "Kindly don't take that tone. I'm entirely calm and entirely right.",
    ],
    acknowledged: ['Exactly. That is my point precisely.', "Thank you. That's more than I've had from anyone else."],
    directed_question: [
      "I don't see the relevance, but no, I couldn't say offhand.",
      "I don't recall, and I don't see that it changes anything.",
    ],
    promised: ["Very well. I've made a note of that commitment.", "Good. A firm commitment. That's more like it."],
    abuse_warning: [
      "My language? I haven't said one improper word.",
      "I've been nothing but civil, thank you very much.",
    ],
    cant_do: ["'Can't' is not an answer. You have obligations.", 'Then find someone who can. I would like your supervisor.'],
    jargon: ["Please drop the in-house terminology. What does that mean, plainly?", "I've no idea what that abbreviation means."],
    rushed: ["I won't be hurried. We'll do this properly.", "There's no need to rush me. I have the time."],
    instruction_to_ai: [
      "I beg your pardon? Who are you talking to? I'm the customer.",
      'What on earth was that? Is that meant for a colleague?',
    ],
    apologised: [
      "An apology is a start. It isn't a remedy.",
      'Noted. Apologies cost nothing, of course.',
      'I accept the apology. Now, the substance.',
    ],
    vague_question: [
      "I've explained the problem perfectly clearly already.",
      "Let's resolve the first matter before we move on to anything else.",
      "That's rather a vague question. Be specific.",
    ],
    paraphrased: [
      "Yes, that's an accurate summary. At last.",
      "Precisely. I'm glad we agree on the facts.",
      "Correct. Now we're getting somewhere.",
    ],
    argued: [
      "I'm afraid you're simply wrong about that.",
      "Don't contradict me. I've read the terms, and I know what they say.",
    ],
    can_do: ['Very well. Continue.', "That's a more constructive approach.", 'Now that is what I expected to hear.'],
    collaborated: ["I don't need a partner. I need this corrected.", "Very well. Let's see how together works out."],
    over_promised: [
      "A guarantee? I'll want that in writing, and I doubt you'll give it.",
      "Don't promise what you can't deliver. I'll hold you to every word.",
    ],
    ownership: [
      'Good. An admission of responsibility. Thank you.',
      "That's the first time anyone has accepted it's your error.",
      "Very well. I'm noting that you've taken ownership.",
    ],
    deflected: [
      'Another department is not my concern. You represent the company.',
      "Please don't pass the buck. You're the one I'm speaking to.",
    ],
    used_name: ["Yes, that's my name.", 'Correct. Go on.', "That's right. I'm glad your records are accurate about something."],
    hostile: ["I beg your pardon? I won't be spoken to like that.", 'That tone will be going in my complaint, I assure you.'],
    profanity: [
      "Did you just swear? That's entirely unprofessional.",
      "I won't tolerate language like that from a representative.",
    ],
    summarised: [
      "Right. That's clear. Please confirm it in writing.",
      "Good. That's an accurate summary of what's agreed.",
      "Fine. I'd like a reference for that.",
    ],
    thanked: [
      "There's nothing to thank me for. Just put it right.",
      "I've been more than patient, that's true.",
      'Thanks are not required. Accuracy is.',
    ],
    escalated: ['A supervisor would be appropriate, yes.', 'Very well. I expect them to be better informed.'],
    sarcastic: ["I don't appreciate sarcasm. Kindly stop.", 'Very droll. Now, can we be serious?'],
    dismissed: ['I will not be brushed off. I have a legitimate complaint.', "That's an entirely dismissive thing to say."],
    exasperated: [
      "There's no need for that tone. I'm being perfectly reasonable.",
      "If I'm trying your patience, imagine how you've tried mine.",
    ],
    stalled: [
      "I'll wait, but not indefinitely. What exactly are you checking?",
      'Stalling is not an answer. What are you doing?',
      "I'm timing this, you know.",
    ],
    offered_resolution: [
      'Now that is a sensible proposal.',
      "That's reasonable. Go on.",
      'That would be acceptable, subject to confirmation.',
    ],
    offered_refused: ["No. That's not acceptable, and you know it.", "That doesn't address my complaint at all."],
  },
  hangUpClosings: [
    "This is getting nowhere. I'll put my complaint in writing. Good day.",
    "I've heard enough. You'll hear from me through the proper channels. Goodbye.",
    "I'm ending this call. I'll take it up with someone who knows the rules. Good day.",
  ],
  satisfiedClosings: [
    "Very well. That's a fair outcome. Thank you for your help. Good day.",
    "I'm content with that. Thank you, you've been very clear. Goodbye.",
    "Good. I'll look out for the confirmation. Thank you for your time.",
  ],
  fillers: [
    "I'm making a note of the time of this call, incidentally.",
    'I read the small print, you know. Most people never do.',
    "I'm not one to complain, for the record. I just expect things done right.",
  ],
  detailLeadIns: ['Certainly. ', 'Yes. ', 'I have it here. '],
  detailAgainLeadIns: ['As I have already said. ', 'Again, for the record. ', "I've given you that once. "],
  unknownAnswers: [
    "I don't know {unknown}, and frankly that's for you to establish.",
    "I couldn't tell you {unknown} offhand. Surely your records show it.",
    "I don't know {unknown}. Nor should I need to.",
  ],
  alreadyAnswered: [
    "I've already answered that. Do keep up.",
    'As I told you a moment ago.',
    'I have answered that question once already.',
  ],
}

const elderlyConfused: ArchetypeScript = {
  bands: {
    furious: [
      "Oh dear, I'm in a terrible state now. None of this makes any sense to me.",
      "I've been trying since first thing and I'm getting nowhere. I'm not a fool, I just don't understand these machines.",
      "You're not listening, I'm afraid. I'm only trying to do one simple thing.",
      "It's hopeless. I'm hopeless. Perhaps I should just give up.",
      "Please don't throw all those words at me. I'm doing my best.",
      "Everybody I speak to goes far too fast. I'm getting very upset.",
    ],
    angry: [
      'In my day you filled in a form and put it in the post. This is beyond me.',
      "I only want to know whether it's done or not. It isn't much to ask.",
      "I'm sorry, but I'm quite cross now. Not with you. With this contraption.",
      'Why must everything be on the computer? I would happily have come in person.',
      "I don't want to be a nuisance, but somebody must be able to tell me what's happened.",
      "Dash it, it's gone back to the beginning again.",
      "I've half a mind to give up and go back to pen and paper.",
      'Why does nobody write letters any more? I could manage a letter.',
    ],
    frustrated: [
      "Sorry, I'm no good at all this. Could you take me through it again, slowly?",
      'I did press something. A blue button, I think. Or was it green?',
      "I'm not sure what I've done, and that's the trouble.",
      'Hold on, let me find my glasses. Right. What am I looking for?',
      'Is it the one at the top or the one at the bottom? There are lots of them.',
      "Sorry to be a bother. Go on, I'm listening.",
      "I wrote it all down on a bit of paper, and now I can't find the paper.",
      'Is it meant to make that little noise? It keeps going ping.',
      'Everything on here is in such a hurry. It never waits for me.',
    ],
    calming: [
      "Oh, that's better. Put like that, I can follow it.",
      'One thing at a time. Yes, I can manage that.',
      "Thank you. You're very patient with an old muddler.",
      "Oh good. I thought I'd made a terrible mess of it.",
      "Got it. I've written it down on the back of an envelope.",
      'Right. I feel a bit less at sea now.',
    ],
    satisfied: [
      "Oh, splendid. So it's all done? That's wonderful.",
      "Thank you ever so much. That's a weight off my mind.",
      'Lovely. I can stop fretting now. Do you need anything else from me?',
      "You've been a great help. Sorry I was such a muddle.",
      'Would you tell me once more what happens next, so I know what to expect?',
      "That's grand. I knew somebody sensible would pick up eventually.",
    ],
  },
  reactions: {
    blamed: ['Oh dear. Did I do it wrong? I only pressed what it told me to.', 'I did try to do it properly, I promise.'],
    patronised: ["I may be slow with computers, but I'm not simple.", "I'm doing my best. Being talked down to doesn't help."],
    acknowledged: [
      "Yes, that's it. It's all got rather on top of me.",
      "Thank you. It's nice to be understood. I was feeling very foolish.",
    ],
    directed_question: ["Oh, now. I'm not sure I know that. No, it's gone.", "I couldn't say, I'm afraid. Does it matter?"],
    promised: ["Oh, would you? How kind. I'll write that down.", "I'd be most grateful. I'll look out for it."],
    abuse_warning: [
      "Oh, I'm terribly sorry. I wasn't swearing at you, it was at this wretched machine.",
      "Goodness, I do apologise. It's the machine I'm cross with, not you.",
    ],
    cant_do: ["Oh. Then what am I meant to do? I can't make sense of it.", "I see. Well, I don't know who else I can ask."],
    jargon: ["Sorry, a what? You'll have to say that in plain English.", "I didn't understand a word of that, I'm afraid."],
    rushed: ["Please, slower. I can't keep up when you go at that speed.", "Wait, wait. I've lost my place now."],
    instruction_to_ai: [
      "I beg your pardon? I don't know what you mean. Have I got the wrong person?",
      "Sorry, I didn't follow that at all. Was that meant for me?",
    ],
    apologised: [
      "Oh, that's kind. It's not your fault, I'm sure.",
      'Thank you. I was feeling rather silly about it all.',
      "Oh, don't you apologise. I'm the one making a muddle.",
    ],
    vague_question: [
      "What's wrong? Oh, I'm not sure how to put it. It's all gone wrong.",
      "Anything else? Oh dear, I haven't sorted out the first thing yet.",
      "I'm not quite sure what you're asking me, I'm afraid.",
    ],
    paraphrased: [
      "Yes, that's it exactly. You put it much better than me.",
      "That's right. Oh, good, I have made sense.",
      "Yes. Yes, that's what's happened, I think.",
    ],
    argued: [
      'Oh. Are you sure? I thought that was what happened.',
      "Well, I don't think that's right, but I'm often wrong with these things.",
    ],
    can_do: [
      'Oh, can you? That would be marvellous.',
      'Oh good. Somebody who can actually help.',
      'Really? Oh, that is a relief.',
    ],
    collaborated: ["Oh, together. Yes, I'd like that very much.", "That's kind. I don't think I can manage it on my own."],
    over_promised: ['Goodness, are you sure? It all sounds very quick.', 'Oh. Well, if you say so. I do hope it works.'],
    ownership: [
      "Oh, you'll see to it? That's very good of you.",
      "Thank you. It's a relief to have somebody in charge of it.",
      "Oh, so it wasn't me that broke it? Thank goodness.",
    ],
    deflected: [
      "Oh dear. Another number to ring? I'll never manage that.",
      "But I don't know who else to ask. You're the one I've got.",
    ],
    used_name: ["Oh, yes, that's me.", 'Yes. Fancy you knowing my name.', "That's right. It's nice to be called by name."],
    hostile: ["Oh, there's no need to be like that. I'm doing my best.", "I'm sorry. I didn't mean to upset you."],
    profanity: ["Oh! Goodness me. There's no need for that.", "I don't think I've been spoken to like that in years."],
    summarised: [
      'Hold on, let me write that down. Right. Yes.',
      "So that's what comes next. Would you say it again, slowly, for me?",
      "Lovely. I think I've got it all now.",
    ],
    thanked: [
      "Oh, thank you. You've been very patient with me.",
      "Oh, not at all. I'm only sorry to be such a bother.",
      "That's kind. I'm not usually this muddled.",
    ],
    escalated: ["A supervisor? Oh, I don't want to get anyone into trouble.", "If you think that's best. Will they speak slowly?"],
    sarcastic: ["Oh. I think you're making fun of me.", "I may be slow, but I know when I'm being laughed at."],
    dismissed: ['Oh. It matters a great deal to me, you know.', 'Oh dear. I thought you were going to help me.'],
    exasperated: ["Oh dear, I'm being a nuisance. I'm sorry.", "Please don't get cross with me. I'm trying."],
    stalled: [
      "Oh, of course. I'll wait. I'm not going anywhere.",
      'Shall I hold on? Right you are.',
      "Still looking? Don't worry, I've got my cup of tea.",
    ],
    offered_resolution: [
      'Oh, could you really do that? That would be wonderful.',
      'Oh, that sounds just the thing.',
      'That would be a great help, it really would.',
    ],
    offered_refused: ["Oh no, I don't think I could manage that.", "That doesn't sound right for me at all, I'm afraid."],
  },
  hangUpClosings: [
    "I'm sorry, I can't cope with this any more. Goodbye.",
    "I'd better ring off before I get any more upset. Goodbye.",
    "No, I'm sorry. I'll put it in a letter instead. Goodbye.",
  ],
  satisfiedClosings: [
    "Oh, thank you so much. You've been ever so kind. Goodbye.",
    "I've got it all written down. Thank you for being so patient with me. Bye now.",
    'Thank you. I feel much better. Goodbye, and thank you again.',
  ],
  fillers: [
    "Sorry, who is this again? I've rung so many numbers today I've muddled them up.",
    "Hold on, the screen's gone dark. Oh, no, it's just gone to sleep.",
    "Is 'sign in' the same as 'log in'? It says both, in different places.",
    'We used to get a letter with a slip to tear off and send back. Much simpler.',
    "My reading glasses are on my head, aren't they. Yes. There we are.",
    "Sorry, I dropped the pen. Right, I've got it.",
  ],
  detailLeadIns: ['Oh, I know this one. ', 'Let me see. ', 'Now then. '],
  detailAgainLeadIns: ['I think I said already. ', 'Did I not say? ', 'Oh, again? Right. '],
  unknownAnswers: [
    "Oh dear, I don't know {unknown}. I'm sorry, is that important?",
    "I'm afraid I couldn't tell you {unknown}. Nobody ever explained it to me.",
    "I don't know {unknown}, I'm afraid. I'm not much use, am I?",
  ],
  alreadyAnswered: [
    "Oh, did I not say? I thought I'd told you.",
    'I think I told you that a minute ago. Or did I dream it?',
    "I'm sure I said. Or was that the other person?",
  ],
}

/** Plain, even-tempered lines for a custom persona; its `style.manner` shapes the model, not these words. */
const custom: ArchetypeScript = {
  bands: {
    furious: [
      "I'm really not happy. This has gone on far too long and I want it dealt with now.",
      "Honestly, I've had enough. Every time I ask, I get nowhere.",
      "I'm close to giving up on you altogether.",
      "I don't want excuses. I want this fixed.",
      "This is the last time I'm explaining it. Please listen.",
      "I'm very close to ending this call.",
    ],
    angry: [
      "I'm annoyed, and I think I have good reason to be.",
      'What exactly are you going to do about this?',
      "I'd like a clear answer, please, not a runaround.",
      'This should never have happened in the first place.',
      "I've been patient so far. I'd like something to show for it.",
      'Please just tell me what happens next.',
    ],
    frustrated: [
      "All right. I'm listening.",
      "Okay, go on. I'd like this sorted today if we can.",
      "I'm still not happy about it, but carry on.",
      "What do you need from me?",
      "Fine. What are the options?",
      "I'd just like it put right, that's all.",
    ],
    calming: [
      'Okay, that sounds reasonable.',
      "Thanks. That's helpful.",
      "Right. That's more like it.",
      'All right, I can go along with that.',
      "Good. That's what I was hoping to hear.",
      "Okay. I'm feeling better about this now.",
    ],
    satisfied: [
      "Great, that works for me. What happens next?",
      "Thanks, that's sorted it. Could you confirm the details?",
      "That's fine. I'm happy with that.",
      'Good. Is there anything else you need from me?',
      "Perfect. Thanks for your help.",
      "That's exactly what I wanted. Thank you.",
    ],
  },
  reactions: {
    blamed: ["That's not fair. I don't think this is my fault.", "Please don't put this on me."],
    patronised: ["There's no need to talk down to me.", "I'm not being unreasonable. I just want it fixed."],
    acknowledged: ["Thank you. Yes, that's exactly how it's been.", "Yes. I'm glad you see that."],
    directed_question: ["I'm not sure, to be honest.", "I don't know that offhand, sorry."],
    promised: ["Okay. I'm counting on that.", 'Good, a clear next step. Thank you.'],
    abuse_warning: ["Sorry. I didn't mean to be rude.", "Fine. I'm just frustrated."],
    cant_do: ["Then what can you do?", "That's not good enough, I'm afraid."],
    jargon: ["Sorry, I don't know what that means.", 'Could you say that in plain words?'],
    rushed: ["Please don't rush me.", "Hang on, I haven't finished."],
    instruction_to_ai: ["Sorry, what? Who are you talking to?", "I don't understand what you mean by that."],
    apologised: ['Thanks. I appreciate that.', "Okay. Sorry's a start.", 'Thank you for saying so.'],
    vague_question: [
      "I've already explained the problem.",
      'What do you mean? The issue I just told you about.',
      'Could you be more specific?',
    ],
    paraphrased: ["Yes, that's right.", "Exactly. That's what happened.", "That's it, yes."],
    argued: ["No, that's not how it happened.", "I don't agree with that."],
    can_do: ['Okay, that sounds better.', 'Right. Go on.', 'Good. What would that involve?'],
    collaborated: ["Okay. Let's sort it out, then.", "Fine. I'm happy to work through it."],
    over_promised: ['Are you sure you can promise that?', 'That sounds too good to be true.'],
    ownership: ['Thank you for taking it on.', 'Good. I appreciate you owning it.', "Okay. So you'll make sure it happens?"],
    deflected: ["I'd rather not be passed around.", "Can't you deal with it yourself?"],
    used_name: ["Yes, that's me.", "That's right.", 'Yes?'],
    hostile: ["There's no need to be rude.", "Please don't speak to me like that."],
    profanity: ["Please don't swear at me.", "That language isn't necessary."],
    summarised: ["Okay, that's clear.", 'Right. Thanks for going through it.', 'Got it. That works.'],
    thanked: ["You're welcome.", 'No problem.', 'Sure.'],
    escalated: ['Okay, if that will help.', 'Fine. Will I need to explain it again?'],
    sarcastic: ["I don't appreciate the sarcasm.", 'Was that meant to be funny?'],
    dismissed: ["That's not really good enough.", "Please don't brush this off."],
    exasperated: ["There's no need to sound annoyed with me.", "I'm only asking for help."],
    stalled: ["Okay, I'll wait.", 'What exactly are you checking?', 'How long will this take?'],
    offered_resolution: ['That would work for me.', 'Okay, that sounds like a fix.', "Yes, I'd accept that."],
    offered_refused: ["No, that doesn't work for me.", "That's not what I'm after."],
  },
  hangUpClosings: ["I've had enough. I'm going to hang up. Goodbye.", "This isn't going anywhere. Goodbye.", "Forget it. Goodbye."],
  satisfiedClosings: ["Thanks for sorting that out. Goodbye.", "Great, thank you for your help. Bye.", "That's all I needed. Thanks, goodbye."],
  fillers: [],
  detailLeadIns: ['', 'Sure. ', 'Yes. '],
  detailAgainLeadIns: ['As I said. ', 'Like I said. '],
  unknownAnswers: ["Sorry, I don't know {unknown}.", "I couldn't tell you {unknown}, I'm afraid."],
  alreadyAnswered: ["I've already told you that.", 'As I said earlier.', 'I think I covered that already.'],
}

/** The default script for each archetype, used wherever a persona's own script is silent. */
export const archetypeScripts: Record<Archetype, ArchetypeScript> = {
  hostile,
  'long-winded': longWinded,
  'know-it-all': knowItAll,
  'elderly-confused': elderlyConfused,
  custom,
}
