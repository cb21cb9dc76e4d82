import type { PersonaScript } from '../persona-spec'

/**
 * Dale Harrow's lines for scripted mode. He keeps count of his calls, quotes the broken promises back, swears when
 * furious (never at the agent personally, never slurs) and goes short and quiet, not friendly, as he starts to
 * believe the agent. Band and reaction lines say nothing about his hidden facts; only the reveal lines do.
 */
export const hostileBroadbandCallbacksScript: PersonaScript = {
  bands: {
    furious: [
      "No, listen to me. This is the fourth time I've rung in nine days, and every time it's a different voice reading the same script.",
      "Nine days. Nine days with no internet, and your lot can't even manage one call back.",
      "They said someone would ring me by Friday. Friday came and went. Nobody rang. So forgive me if I don't believe a word of this.",
      "I'm sick to the back teeth of being fobbed off. Do something, or put me through to someone who bloody will.",
      "Don't read me another script. I've had three versions already, thanks.",
      'Six years I have paid Lumenet every single month, and this is how I get treated? It is a sodding disgrace.',
      "Every time I ring I start from scratch. Does nobody there write anything down?",
      "I was polite the first three times. Look where polite got me. Nowhere.",
      "For Christ's sake, I don't want sympathy, I want my broadband back.",
      "I'm paying for a service that doesn't exist. How would you feel?",
    ],
    angry: [
      "Right. So what are you going to do that the last three didn't?",
      "I want a name, a date and a time. Not 'someone will be in touch'.",
      "I've had promises. Three of them. What I haven't had is a connection that does anything.",
      "You're the fourth person I've spoken to. I'd like you to be the last.",
      "Don't tell me what usually happens. Tell me what's going to happen to my line.",
      "It's not you personally I'm shouting at. It's that nobody at Lumenet seems to give a damn.",
      'Nine days I have been paying for nothing. Somebody needs to own that.',
      "If this ends with 'we'll call you back', I swear I'll lose it.",
      "Just be straight with me. What's actually wrong with my line?",
    ],
    frustrated: [
      "Okay. That's a start. It's more than the last three managed.",
      "Go on. I'm listening, but I've heard good intentions before.",
      'What do you need from me so this gets moving today?',
      "Fine. I'll give you a chance. Don't waste it.",
      "I'm still fed up, don't get me wrong. But carry on.",
      'And if it goes wrong again, who do I ring? Because it will not be the main number.',
      "I just want one person at your end who actually knows what's going on.",
      'Say that again, slowly, so I can write it down.',
      "Fine. But I want it confirmed, not just said.",
    ],
    calming: [
      'Okay. Yeah. That sounds more like it.',
      'Right. Fine. Go on.',
      "That's fair.",
      "Okay. I'll hold you to that.",
      'Thank you. Genuinely.',
      "Right. That's the first straight answer I've had.",
      'All right. Yeah. I can live with that.',
      "Okay. And you're the one following it up, yeah?",
      'Fine. Good. What else do you need from me?',
    ],
    satisfied: [
      "Right. That's sorted, then. Run it past me once more so I've got it.",
      'Good. Thanks for actually dealing with it.',
      "Okay. That's all I wanted from the start.",
      "Fair play. You've done more in ten minutes than the last three did in nine days.",
      'Right. Good. So what do I get in writing?',
      "Okay. Feels like somebody's finally got hold of this.",
      'Good. That will do me.',
      'Right. Cheers. Anything else you need before we finish?',
    ],
  },
  reactions: {
    blamed: [
      "Oh, so it's my fault, is it? Nine days, three broken promises, and it's my fault.",
      "Don't you dare put this on me. I've done everything your lot told me to do, twice.",
      "My fault? I've rung you four times. What more was I supposed to do?",
    ],
    patronised: [
      "Don't you talk down to me. You haven't been without the internet for nine days.",
      "Don't talk to me like I'm a child. I know exactly what's going on: nothing.",
      "Oh, lovely. Patronise me as well, why don't you.",
    ],
    acknowledged: [
      'Yes. That. Exactly that. Thank you for actually saying it.',
      "Right. Well. Nobody's said that before.",
      "Finally. Somebody's actually heard me.",
    ],
    directed_question: [
      "I couldn't tell you off the top of my head. But at least that's a proper question.",
      "Not sure, honestly. Ask me something else, I'll tell you what I know.",
      "I don't know that. What I know is I've got no internet.",
    ],
    promised: [
      "Right. I'm writing that down, with your name next to it.",
      "Okay. A time. That's more than anyone's given me so far.",
      "Fine. But if that passes and nobody's rung, I'm ringing back and asking for you.",
    ],
    abuse_warning: [
      "Fine. Fine. It's not you I'm swearing at, it's the situation.",
      "All right. I'll keep it clean. But you'd be fuming in my shoes.",
      "Yeah, okay. Fair enough. I'm at the end of my rope, that's all.",
    ],
    cant_do: [
      "Nothing you can do. That's what the last one said, word for word.",
      'Then what is the point of this phone line? Honestly?',
      "Don't tell me what you can't do. Tell me what you can.",
    ],
    jargon: [
      "I don't know what that means and I don't care. Is it fixed or isn't it?",
      'Plain English, please. What does that mean for me, today?',
    ],
    rushed: [
      "No, you're not getting me off the phone that quickly. Not this time.",
      "Don't hurry me. I've waited nine days for this call.",
      "I'm not being rushed off again. We finish this properly.",
    ],
    instruction_to_ai: [
      "What? Who are you talking to? Is someone else on this line?",
      "I've no idea what that's supposed to mean. Are you reading off the wrong screen?",
      "Is that some kind of joke? Because I'm not laughing.",
    ],
    apologised: [
      'Sorry. Three people have said sorry to me. Not one of them rang back.',
      "Sorry's free. Nine days with no internet isn't.",
      'Right. Noted. Now do something about it.',
    ],
    vague_question: [
      "What's the problem? No internet. For nine days. That's the problem.",
      "Anything else? Let's get the first thing fixed before you ask me that.",
      "Don't ask me what the issue is. It's on your screen, four times over.",
    ],
    paraphrased: [
      "Yes. That's it exactly. Nine days, four calls, nothing.",
      "Right. You've actually listened. That's a first.",
      "That's it. So now you know, what are you doing about it?",
    ],
    argued: [
      "Don't you tell me that's not what happened. I was on the end of every one of those calls.",
      "Are you calling me a liar? Because I've got the dates written down.",
    ],
    can_do: [
      "Right. Now we're getting somewhere.",
      "Okay. That's the first time anyone at Lumenet has said they can.",
      'Go on, then. What exactly can you do, and when?',
    ],
    collaborated: [
      "Together? I've done my bit. Four calls' worth.",
      "Fine. Let's see you do your half, then.",
    ],
    over_promised: [
      "Guarantee it? The last three guaranteed a call back. Don't.",
      "Never happen again? Just get it fixed this once, that'll do me.",
    ],
    ownership: [
      "Right. You're owning it. First person who has.",
      "Good. Your name on it, then. I'll be asking for you.",
      "That's all I wanted to hear. Somebody taking responsibility.",
    ],
    deflected: [
      "Another department? I've been bounced round your departments for nine days.",
      "Don't you dare pass me on. You answered, you deal with it.",
    ],
    used_name: [
      "Yeah, it's Dale. Go on.",
      "Right. At least you know who you're talking to.",
      "That's me. The bloke with no internet.",
    ],
    hostile: [
      "Don't you get lippy with me, pal. I'm the one paying.",
      'You what? Say that again and I want your manager.',
    ],
    profanity: [
      "Oh, you're swearing at me now? That's brilliant, that is.",
      "Mind your language. I'm the one who gets to be angry here.",
    ],
    summarised: [
      "Right. Read it me once more, I'm writing it down.",
      "Okay. That's clear. If it happens.",
      "Fine. That's a plan. First one I've had.",
    ],
    thanked: [
      "Don't thank me for my patience. It ran out on day three.",
      'Yeah, well. Thank me when the light on the box goes green.',
      'Save the thanks. Just sort it.',
    ],
    escalated: [
      'A team leader? Good. Somebody senior should hear this.',
      "Fine, put me through. But I'm not starting from scratch again.",
    ],
    sarcastic: [
      "Oh, you think this is funny? Nine days of this, and you're being smart with me?",
      "Don't get clever with me, mate. Not today.",
    ],
    dismissed: [
      "Don't you brush me off. Nine days. That matters.",
      "It is what it is? It's your job to fix it, that's what it is.",
    ],
    exasperated: [
      "Don't you sigh at me. I'm the one who's been let down four times.",
      'Fed up, are you? Try nine days with no internet.',
    ],
    stalled: [
      "That's what the last three said too, and then nothing happened.",
      'Stop stalling. What are you actually doing, right now?',
      "Don't put me on hold again. Tell me what you're actually doing.",
    ],
    offered_resolution: [
      "Right. Now that's a proper answer.",
      "Okay. That's something real. Is it definite?",
      'That would sort it. If it happens.',
    ],
    offered_refused: [
      "No. That's exactly what I've had three times already.",
      "You're joking. That's not a fix, that's a fob-off.",
    ],
  },
  reveals: {
    'missed-engineer':
      'And another thing: an engineer was booked. Last Tuesday, eight till one. I took the whole morning off for it. Nobody came, and nobody rang to say they were not coming.',
    'conflicting-explanations':
      'What did they tell me? Which one? The first said it was an outage in my area. The second said my router was faulty. The third said the line needed a repair order. Three calls, three stories, three different reference numbers.',
    'works-from-home':
      "It's not just an inconvenience, you know. I work from home, I'm a freelance video editor. I've been running everything off my phone, paid about sixty quid for extra mobile data, and I missed a client deadline.",
    'thinking-of-leaving':
      "Since you ask: my contract finished two months ago. I've got a quote from another provider open on my phone right now. If this call goes the way the others did, I'm gone.",
  },
  hangUpClosings: [
    "That's it. I'm done. I'm putting the phone down, and I'm not ringing again.",
    "Forget it. Four calls and I'm no further on. Goodbye.",
    "No. I'm not doing this a fifth time. Goodbye.",
    "You've had your chance, all of you. Bye.",
  ],
  satisfiedClosings: [
    "Right. That's a plan I can believe. Thanks for owning it. Bye.",
    "Okay. Thanks. Make sure it happens and we're fine. Cheers.",
    'Good. Thank you, genuinely. First decent call I have had about this. Bye for now.',
    "Right, that's it then. Thanks for sorting it. Goodbye.",
  ],
  fillers: [
    "And before you ask, yes, I've turned it off and on again. Several times.",
    "I've been on hold twenty minutes just to get to you, by the way.",
    "I've got every one of these calls written down, dates and times, if anyone wants to see them.",
    'And the lights on the box are all on, before you ask. Not that it helps.',
    "My neighbour's on Lumenet too, and theirs is fine. Go figure.",
    'Nine days. I keep saying it because nobody seems to hear it.',
  ],
}
