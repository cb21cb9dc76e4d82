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
  /** Said before a hidden fact's own text when the persona has no reveal line for it. */
  revealLeadIns: readonly string[]
}

/*
 * Default lines for personas with no script (or gaps in one), so every persona can run scripted. They know
 * nothing about the persona's case, so they never name a product, a date or a detail: the reveal lines carry
 * the facts, and the band lines carry the mood. Written for this product from the archetype table in DESIGN.md.
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
  revealLeadIns: ["Fine. Since you're actually asking.", "Right, you want to know? Here it is.", 'Nobody asked me that before.'],
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
    ],
    angry: [
      'I must say, I expected a good deal better than this from you.',
      "I'm not one for being sharp with people, but I'd like a straight answer, please.",
      "Every time I get going, I feel I'm being hurried along. It isn't very nice.",
      "I'm not asking for the moon. I'd just like it put right, that's all.",
      "I've been passed from one person to the next quite enough already.",
      "It's not the money, really. It's the principle, isn't it?",
    ],
    frustrated: [
      "I don't like making a fuss. I never have. But this does need sorting out.",
      "Oh, listen to me, rattling on. It's only that it's been nagging at me for days.",
      "Where had I got to? Oh yes. It isn't what I was promised, and there we are.",
      "You'll have to bear with me, I'm not very clever with this sort of thing.",
      "So what happens now, do you think?",
      "I'll try to be brief, I know you've other people waiting. Brief isn't my strong point.",
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
  ],
  revealLeadIns: [
    "Oh, well, now you ask, yes, I should have said.",
    'Funny you should ask, because I was coming to that.',
    "Oh, that. I nearly forgot, and it's quite important, isn't it?",
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
  revealLeadIns: ["If you must know.", 'Since you ask, and I fail to see the relevance.', 'Very well, for the record.'],
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
    ],
    frustrated: [
      "Sorry, I'm no good at all this. Could you take me through it again, slowly?",
      'I did press something. A blue button, I think. Or was it green?',
      "I'm not sure what I've done, and that's the trouble.",
      'Hold on, let me find my glasses. Right. What am I looking for?',
      'Is it the one at the top or the one at the bottom? There are lots of them.',
      "Sorry to be a bother. Go on, I'm listening.",
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
  ],
  revealLeadIns: ["Oh, now you mention it, yes.", "Well, I don't know if it matters, but since you ask.", "Oh, that. Yes, I meant to say."],
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
  },
  hangUpClosings: ["I've had enough. I'm going to hang up. Goodbye.", "This isn't going anywhere. Goodbye.", "Forget it. Goodbye."],
  satisfiedClosings: ["Thanks for sorting that out. Goodbye.", "Great, thank you for your help. Bye.", "That's all I needed. Thanks, goodbye."],
  fillers: [],
  revealLeadIns: ['Since you ask.', 'Well, yes, actually.', 'Oh, that. Yes.'],
}

/** The default script for each archetype, used wherever a persona's own script is silent. */
export const archetypeScripts: Record<Archetype, ArchetypeScript> = {
  hostile,
  'long-winded': longWinded,
  'know-it-all': knowItAll,
  'elderly-confused': elderlyConfused,
  custom,
}
