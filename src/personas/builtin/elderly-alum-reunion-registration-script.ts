import type { PersonaScript } from '../persona-spec'

/**
 * Harold Fenwick's lines for scripted mode. Courteous and old-fashioned, he calls the website "the computer thing",
 * reads the screen out word for word, apologises for being hopeless, and mutters mild oaths at the device, never
 * at the agent. Band and reaction lines say nothing about his hidden facts; only the reveal lines do.
 */
export const elderlyAlumReunionRegistrationScript: PersonaScript = {
  bands: {
    furious: [
      "I'm sorry, I'm getting myself in a terrible state. I don't understand any of this.",
      "Blast this wretched thing. It's gone and done something else now, and I didn't touch anything. I don't think.",
      "I've been at this since breakfast and I'm no further on. I'm not stupid, I just don't know these machines.",
      "I don't think you're listening to me. I'm only trying to go to my reunion, that's all.",
      'Fifty years since we left, and I can\'t even get through the door because of a computer.',
      "Oh, this is hopeless. I'm hopeless. Perhaps I just shouldn't bother going.",
      "Please don't use all those words at me. I'm seventy-one, I'm doing my best.",
      "I've pressed everything it told me to press and now I don't know if I'm coming or going. Confound it.",
      "I'm sorry, I'm getting upset. It's just that everyone I speak to talks so fast.",
    ],
    angry: [
      'I must say, in my day you filled in a form and posted it with a cheque.',
      "Now look here, I only want to know whether I've got a place at the dinner. It's not a lot to ask.",
      "It keeps saying 'please verify to continue'. Verify what? It never says.",
      "I'm sorry, but I'm really quite cross now. Not with you. With this computer thing.",
      'Why does everything have to be on the internet now? I would happily have come in and paid in person.',
      "I don't want to be a nuisance, but somebody must be able to tell me if I'm booked or not.",
      "I've been an Ashcombe man for fifty years and I can't get into my own reunion.",
      "Blast this thing. It's gone back to the start again.",
    ],
    frustrated: [
      "I'm sorry, I'm hopeless with all this. Could you go through it again, slowly?",
      "Right. Now, it says here, let me see, 'Create... an... account'. Is that the same as booking?",
      "I did press something. A blue button, I think. Or was it green? It's changed colour now.",
      "I'm not sure what I've done, you see. That's the trouble.",
      'Hold on, let me put my glasses on. Right. Now what am I looking for?',
      'Is that the thing at the top, or the thing at the bottom? There seem to be several.',
      'I do want to go. Most of the old crowd will be there, those of us that are left.',
      "I'm sorry to be such a bother. Go on, I'm listening.",
      "It says, and I'm reading exactly what's written, 'Your session has expired'. What session? I haven't had a session.",
    ],
    calming: [
      "Oh, that's much better. When you put it like that, I can follow it.",
      'Right, one thing at a time. Yes, I can do that.',
      "Thank you. You're very patient with an old fool.",
      "Oh good. I was worried I'd made a terrible mess of it.",
      "It's such a relief to talk to somebody about it, rather than that screen.",
      "That's very kind of you. Everyone else just tells me to click something.",
      'Right you are. I feel a bit less at sea now.',
      'I think I understand. Would you mind saying that last bit again?',
      "Oh, that is a relief. I've been fretting about it all week.",
    ],
    satisfied: [
      "Oh, splendid. So I'm definitely on the list? That's wonderful.",
      'Thank you ever so much. I shall tell the others the alumni office is marvellous.',
      "That's a weight off my mind, it really is. Now, what happens next?",
      'Lovely. I can stop worrying now. Is there anything else you need from me?',
      "Splendid. You've been a great help. I'm sorry I was such a muddle.",
      'Wonderful. Fifty years. I can hardly believe it.',
      "Oh, I'm so pleased. Would you tell me once more what I'll receive, so I know to look out for it?",
      "That's grand. I knew there'd be a sensible person on the end of the phone somewhere.",
    ],
  },
  reactions: {
    blamed: [
      'Oh dear. Did I do it wrong? I was only pressing what it told me to.',
      "I'm sorry. I did try to do it properly, I promise you.",
      "I don't think that's quite fair. Nobody told me what any of it meant.",
    ],
    patronised: [
      "There's no need to speak to me as if I were a child. I may be slow with computers, but I'm not simple.",
      "I'm trying my best. It doesn't help to be talked down to.",
      "I'm not upset, I'm confused. There is a difference.",
    ],
    acknowledged: [
      "Yes, that's it exactly. It's all got on top of me, rather.",
      "Thank you. It's nice to be understood. I was starting to feel very foolish.",
      'Oh, yes. Yes, it has been a worry. Thank you for saying so.',
    ],
    directed_question: [
      "Oh, now. I'm not sure I know that. Let me think... No, I'm sorry, it's gone.",
      "I couldn't tell you, I'm afraid. Is it important?",
      "Hmm. I don't know. Is it written on the screen somewhere?",
    ],
    promised: [
      "Oh, would you? That would be very kind. I'll write it down.",
      "Right. So you'll do that for me. Thank you, that's a great help.",
      "Oh, I'd be most grateful. I'll keep an eye out for it.",
    ],
    abuse_warning: [
      "Oh, I'm terribly sorry. I wasn't swearing at you. It was at this blasted thing. Oh, there I go again.",
      "Goodness, I do apologise. It's the computer I'm cross with, not you.",
    ],
    cant_do: [
      "Oh. Well, what am I meant to do, then? I can't make head nor tail of it.",
      "Nothing at all? Then I suppose I shan't be going.",
      "I see. Well, I don't know who else to ask.",
    ],
    jargon: [
      "I'm sorry, a what? You'll have to say that in plain English for me.",
      "All these words. Is that the same as the computer thing? I'm lost already.",
      "I didn't understand a word of that, I'm afraid. Could you say it more simply?",
    ],
    rushed: [
      "Please, not so fast. I can't keep up when you rattle along like that.",
      'Please, one thing at a time. I can\'t take it all in at once.',
      "Hold on, hold on. I've lost my place now.",
    ],
    instruction_to_ai: [
      "I beg your pardon? I don't know what you mean. Have I been put through to the wrong person?",
      "I'm sorry, I didn't understand that at all. Is that meant for me?",
      "Sounds like gibberish to me, I'm afraid. Was that meant for someone else?",
    ],
    apologised: [
      "Oh, that's kind of you. It's not your fault, it's this computer thing.",
      'Thank you. I was starting to feel very foolish.',
      "Oh, don't apologise, dear. I'm the one in a muddle.",
    ],
    vague_question: [
      "What's the matter? Well, I don't know if I'm booked for the reunion, that's the matter.",
      "Anything else? Oh dear, I haven't got the first thing sorted yet.",
      "I'm sorry, I'm not sure what you mean. It's the reunion I rang about.",
    ],
    paraphrased: [
      "Yes, that's it exactly. You put it much better than I could.",
      "That's right. Oh good, I have made sense for once.",
      "Yes. That's what's happened, I think. Near enough.",
    ],
    argued: [
      "Oh. Are you sure? I thought that's what it said on the screen.",
      "Well, I don't think that's right. But I'm often wrong with these machines.",
    ],
    can_do: [
      'Oh, can you? That would be splendid.',
      'Oh good. Somebody who can actually do something.',
      'Really? Oh, that is a weight off.',
    ],
    collaborated: [
      "Oh, together. Yes, please. I can't manage it alone.",
      "That's very kind. Two of us should be able to beat it.",
    ],
    over_promised: [
      'Goodness, are you sure? It all sounds rather quick.',
      'Well, if you say so. I do hope it works this time.',
    ],
    ownership: [
      "Oh, you'll see to it yourself? That's very good of you.",
      "Thank you. It's such a relief to have someone in charge.",
      "Oh, so it wasn't me that broke it? Thank goodness for that.",
    ],
    deflected: [
      "Oh dear. Another number? I'll never manage another number.",
      "But I don't know anyone else to ask. You're the alumni office.",
    ],
    used_name: [
      "Yes, Harold Fenwick, that's me.",
      'Oh, you can call me Harold, everyone does.',
      "That's right. Fenwick, with a W.",
    ],
    hostile: [
      "Oh, there's no need for that. I'm doing my best.",
      "I'm sorry. I didn't mean to make you cross.",
    ],
    profanity: [
      "Good heavens. There's no call for that sort of language.",
      "I haven't heard language like that since national service.",
    ],
    summarised: [
      'Hold on, let me write that down. Right, go on.',
      "So that's what happens. Would you say it once more, slowly?",
      "Lovely. I think I've got it all on the back of this envelope.",
    ],
    thanked: [
      "Oh, thank you. You've been very patient with an old man.",
      "Not at all. I'm only sorry to be such a bother, dear.",
      "That's kind. I'm not usually this much of a muddle.",
    ],
    escalated: [
      "A supervisor? Oh, I don't want to land anyone in it.",
      "If you think that's best. Will they go slowly too?",
    ],
    sarcastic: [
      "Oh. I think you're poking fun at me.",
      "I may be slow with computers, but I know when I'm being laughed at.",
    ],
    dismissed: [
      'Oh. It matters a great deal to me, you know. Fifty years.',
      'Oh dear. I did think you were going to help me.',
    ],
    exasperated: [
      "Oh dear, I'm being a nuisance. I am sorry.",
      "Please don't get cross with me. I am trying, really.",
    ],
    stalled: [
      "Oh, of course. I'll wait. I'm not going anywhere, am I?",
      "Shall I hold on? Right you are. I'll just sit here.",
      "Still looking? Don't worry. I've a cup of tea on the go.",
    ],
    offered_resolution: [
      'Oh, could you really do that for me? How marvellous.',
      'Oh, that sounds just the ticket.',
      'That would be a tremendous help, it really would.',
    ],
    offered_refused: [
      "Oh no, I couldn't manage that, I'm afraid.",
      "That doesn't sound right for me at all, I must say.",
    ],
  },
  reveals: {
    'old-work-email':
      "Oh, I see. Well, now you mention it, it said it had sent something to my address, but the address it showed was my old work one, from before I retired. I can't open that any more, so nothing ever comes.",
    'granddaughters-tablet':
      "I'm using the tablet my granddaughter set up for me. I haven't got a computer, not a proper one. And the writing on this page is so small I can barely read it, even with my glasses.",
    'two-payments':
      "Well, that's the other thing worrying me. My bank statement shows two payments of forty-five pounds to the university, both on the same day. I don't know if that means two places or whether something's gone wrong.",
    'guest-in-wheelchair':
      "Yes, my wife Joan. I'd like to bring her, but she's in a wheelchair now, and I couldn't find anywhere on the form to say so. It would need to be somewhere she can get in.",
  },
  hangUpClosings: [
    "I'm sorry, I can't cope with this any more. I'll just not go. Goodbye.",
    "I think I'd better ring off before I get any more upset. Goodbye.",
    "No, I'm sorry. I'll write to the university instead. Goodbye.",
  ],
  satisfiedClosings: [
    "Oh, thank you so much. You've been ever so kind. I'll see you at the reunion, so to speak. Goodbye.",
    "Splendid. I've got it all written down. Thank you for being so patient with me. Cheerio.",
    'Thank you. I feel much better now. Goodbye, and thank you again.',
    'Wonderful. I shall look forward to the dinner. Thank you, goodbye.',
  ],
  fillers: [
    "Sorry, is this the alumni office? I rang the bank earlier and I've muddled the numbers.",
    "Hold on, it's gone dark. Oh, no, it's just gone to sleep. Blast this thing.",
    "Is 'sign in' the same as 'log in'? It says both, you see, in different places.",
    'We used to get a letter about the reunions, you know. With a slip to tear off. Much simpler.',
    "Where was I? I've had so many pages up I've lost track.",
    'I had a letter from the university in the spring, I think. Or was that the parish council?',
    'Old Bunty Carstairs will be there, I expect. She always organised everything in our day.',
  ],
}
