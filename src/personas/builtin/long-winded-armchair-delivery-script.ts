import type { PersonaScript } from '../persona-spec'

/**
 * Rosalind Ashworth's lines for scripted mode. She is warm, wanders into stories (Arthur, her sister Maureen's
 * hip, Biscuit the dog next door), loses her thread and apologises for going on. Never rude: when hurt she gets
 * flustered and formal. Band and reaction lines say nothing about her hidden facts; only the reveal lines do.
 */
export const longWindedArmchairDeliveryScript: PersonaScript = {
  bands: {
    furious: [
      "I'm sorry, but I'm really very upset now. I rang for a bit of help, not to be made to feel like a nuisance.",
      "Arthur would have known what to say to you. I don't. I only know this isn't right.",
      "I've been as polite as I know how, and I don't feel anyone is listening to me at all.",
      "I paid good money for that chair. I saved up for it. And now I'm being treated as if I've done something wrong.",
      "Please don't make me go through it all again. I haven't the energy for it, really I haven't.",
      "I've a good mind to write a letter. A proper one, on paper, to your head office.",
      "I'm shaking, I really am. I never thought a chair could upset me this much.",
      "I'm not a complainer, I never have been. But this is too much.",
      "I don't think you want to help me at all, do you?",
      "I've never been spoken to like this by a shop in all my life. Arthur would be ashamed of the lot of you.",
      "I'm trying very hard to be polite, dear, but you're making it awfully difficult.",
      "Every time I ring, I end up feeling like a silly old woman. I'm not one, you know.",
      "I've had to sit down, I'm that upset. And not in the yellow chair, I can tell you.",
      'All I wanted was the colour I chose. Is that really so very much to ask?',
      "I don't think I shall ever buy anything from Hearthside again. And I've told Maureen the same.",
      "Nobody's even said sorry properly. Not once. It's as if I don't count.",
    ],
    angry: [
      'Well, I must say I expected better from a company that calls itself Hearthside.',
      "I'm not asking for anything unreasonable. I asked for green and I got yellow. That's all there is to it.",
      "Now, I don't like to be short with people, but I would like a proper answer, please.",
      'Maureen said I would be on the phone all afternoon with you, and she was right, wasn\'t she.',
      "I've been sitting in a chair I can't abide for over a week. Mustard. I ask you.",
      "I don't want to be passed from pillar to post. I want the chair I ordered.",
      "Every time I try to explain, I feel I'm being hurried along. It isn't nice.",
      "It isn't the money, it's the principle of the thing. Arthur always said that.",
      'I did think a company like yours would take a bit more care, I must say.',
      "Now, I'm not one to make a scene, but I do expect to be listened to.",
      "I've been very patient, dear. Very patient. But there are limits.",
      'Mustard. In my front room. I ask you, what would you do?',
    ],
    frustrated: [
      "Well, it's the chair, you see. It came yellow. Mustard yellow. And I chose sage green, I'm quite sure of that, I had the little swatch and everything.",
      "I don't want to make a fuss, really I don't. I'd just like it put right.",
      "Sorry, I'm going on again, aren't I? It's only that it's been on my mind all week.",
      "Now where was I? Oh yes, the colour. It's not the colour I chose, and that's the long and the short of it.",
      'I did try to ring on Monday, but the music went on so long I gave up and made a cup of tea.',
      "I'd just like to know what happens now. I'm not very good with these things, Arthur always did them.",
      "It's a lovely chair, mind, apart from the colour. Very kind to my back.",
      "I'm sure you're very busy, so I'll try to keep it short. It's the colour, you see.",
      "I did wonder whether I'd got it wrong myself, but no, I've looked at the email and it says sage.",
    ],
    calming: [
      "Oh, that is kind of you. You've no idea what a weight off my mind that is.",
      'Well, that sounds very sensible. Arthur would have liked you.',
      'Oh good. I did so want to get it sorted without a lot of bother.',
      'Thank you, dear. You have been very patient with me, I know I do go on.',
      'Right you are. And shall I leave the yellow one where it is until then?',
      "That's much better. I feel I can breathe again now.",
      "I think I'll have a sit down once we're done. Not in the yellow chair, mind.",
      'That does sound better. Now, is there anything you need me to do?',
      "You're very good. I was dreading this call, you know.",
    ],
    satisfied: [
      "Well, that's marvellous. Now, you'll tell me again what happens next, won't you, so I can put it on the calendar?",
      "Oh, you've been ever so helpful. I shall tell Maureen all about it.",
      "That's everything I wanted, really. A green chair and no fuss.",
      'Lovely. I feel much better about the whole thing now.',
      "Oh, thank you. Arthur always said it's the people that make a company, and he was right.",
      'Wonderful. Is there anything else you need from me, dear, before I let you go?',
      "I'm so relieved. I'll stop going on now, I promise.",
      "That's perfect. Just say it all once more, slowly, and I'll have it written down.",
    ],
  },
  reactions: {
    blamed: [
      "Oh. Well, I don't think that's fair at all. I know what I ordered.",
      "I'm sure I didn't get it wrong, dear. I had the swatch right here on the table.",
      "That's not very nice. I rang for help, not to be told off.",
    ],
    patronised: [
      "There's no need to talk to me like that. I may be slow, but I'm not silly.",
      "There's no call to be like that with me. I'm only trying to explain.",
      "Oh. Well. I'm sorry to be such a bother, I'm sure.",
    ],
    acknowledged: [
      "Oh, thank you. Yes, that's exactly it. It's been really quite upsetting.",
      'Yes! That is it exactly. You do understand. Most people just want me off the phone.',
      'That is very kind. I did feel rather silly ringing about a chair.',
    ],
    directed_question: [
      "Oh, now, let me think. I'm not sure I know that, dear. Arthur always kept the paperwork.",
      "Hmm. I couldn't say, I'm afraid. I'm not being much help, am I?",
      "Well, I don't rightly know. Ask me again in a minute, it might come back to me.",
    ],
    promised: [
      "Oh, that would be lovely. I'll write it on the calendar by the phone.",
      "Will you really? Oh, thank you. That's such a relief.",
      "Right, I'll hold you to that, dear. In the nicest possible way.",
    ],
    abuse_warning: [
      "My language? Oh goodness, I don't think I've said anything I shouldn't, have I?",
      "I'm sorry, I didn't mean to be rude. I'm only a bit upset.",
    ],
    cant_do: [
      'Oh dear. Well, what am I supposed to do, then? Just sit in it?',
      "Nothing at all? But it's not the chair I ordered.",
      "I don't understand. Surely someone can do something about the wrong colour?",
    ],
    jargon: [
      "Sorry, dear, I didn't follow a word of that. Could you say it plainly?",
      "A what? I'm sorry, you've lost me there.",
    ],
    rushed: [
      "Oh, I'm sorry, am I keeping you? I'll try to be quicker.",
      "Please don't hurry me, dear. I lose my thread when I'm hurried.",
      "I was just getting to that. Now you've put me off, and I'll have to start again.",
    ],
    instruction_to_ai: [
      "I'm sorry, I didn't understand that at all. Are you talking to someone else there?",
      'Pardon? I think the line must be crossed, dear. I only rang about a chair.',
    ],
    apologised: [
      "Oh, that's kind of you, dear. It isn't your fault, I know.",
      'Well, thank you. Arthur always said a proper apology is worth a great deal.',
      "Oh, there's no need. I only want the right colour chair.",
    ],
    vague_question: [
      "Well, it's the chair, dear, like I said. The colour's all wrong.",
      "Anything else? Oh, I don't think so. Well, there's Maureen's hip, but that's not your department.",
      "What's the problem? Oh dear, shall I start from the beginning again?",
    ],
    paraphrased: [
      "Yes! That's it exactly. Sage green, and it came mustard.",
      "Oh, you have been listening. Most people don't, you know.",
      "That's it in a nutshell, dear. Much better than I put it.",
    ],
    argued: [
      "Well, I'm sorry, but I had the little swatch right here. It was sage.",
      "Oh. I don't think that's right at all, with respect, dear.",
    ],
    can_do: [
      'Oh, that would be lovely, if you can.',
      'Well, that does sound hopeful. Go on.',
      'Oh good. I knew someone would be able to help.',
    ],
    collaborated: [
      'Oh, together. Arthur and I always did things together.',
      "That's nice. Two heads are better than one, as Maureen says.",
    ],
    over_promised: [
      "Goodness, you do sound sure. I hope you're right, dear.",
      "Oh, well. Arthur always said never trust a promise that's too shiny.",
    ],
    ownership: [
      "Oh, you'll see to it yourself? That is kind.",
      "Thank you, dear. It's such a relief when somebody takes charge.",
      "Well, that's very honest of you. Not everyone would say so.",
    ],
    deflected: [
      "Oh. Another department? But I've only just got through to you.",
      "Oh dear. I did so hope I wouldn't have to explain it all again.",
    ],
    used_name: [
      "Oh, yes, Mrs Ashworth, that's me.",
      "It's nice to hear my name. Arthur always called me Ros.",
      "Yes, dear, that's right.",
    ],
    hostile: [
      "Oh. There's really no need to speak to me like that.",
      "I don't think Arthur would have let anyone talk to me that way.",
    ],
    profanity: [
      "Oh! Language, dear. There's no need for that.",
      "Goodness me. I've not heard that word since the war films.",
    ],
    summarised: [
      'Oh, let me get a pen. Right. Say that again?',
      "So that's what happens next. Lovely. I'll put it on the calendar.",
      "Oh, that's nice and clear. Even I can follow that.",
    ],
    thanked: [
      'Oh, not at all, dear. Thank you for listening to me go on.',
      "Patience? Well, I've had plenty of practice with Maureen.",
      "Oh, you're welcome. I'm sorry I've kept you so long.",
    ],
    escalated: [
      "A supervisor? Oh, I wouldn't want to get anybody into hot water.",
      "Well, if you think it's best. Will I have to tell them about the swatch again?",
    ],
    sarcastic: [
      "Oh. I don't think that was very kind, dear.",
      "I can tell when I'm being made fun of, you know. I'm not daft.",
    ],
    dismissed: [
      "Oh. Well, it matters to me, dear, even if it's only a chair.",
      "That's not a very nice thing to say to someone.",
    ],
    exasperated: [
      "Oh dear, I'm trying your patience. I'm sorry, I do go on.",
      "There's no need to sound so fed up with me, dear.",
    ],
    stalled: [
      "Oh, that's all right. I'll wait. I've got my tea.",
      "Take your time, dear. Biscuit's barking again anyway.",
      "Still looking? Never mind. I'll just sit here. Not in the yellow one.",
    ],
    offered_resolution: [
      "Oh, would you really? That's just what I wanted.",
      'Oh, a green one after all? That would be lovely.',
      "Well, that would put it right, wouldn't it?",
    ],
    offered_refused: [
      "Oh, no, dear, I don't think that would do at all.",
      "That isn't really what I rang about, I'm afraid.",
    ],
  },
  reveals: {
    'order-number':
      "Oh, the order number! Hold on, I've got it here somewhere. It's on the back of the delivery note, in the letter rack by the kettle. Here we are: H F, two oh nine three one, K. HF-20931-K.",
    'delivery-date':
      'It came last Thursday, the 14th, in the afternoon. I remember because the bin men had been in the morning and made such a racket. Thursday the 14th.',
    'family-visit-deadline':
      "Well, yes, there's a reason I'm anxious, if I'm honest. My son and his family are flying in from Canada on the 28th, and I so wanted the new chair in place for them. That matters far more to me than getting the money back.",
    'grandson-signed':
      "Oh, well, no, I wasn't in, you see. I was at the chiropodist. My grandson Callum signed for it. Lovely boy, but he wouldn't know sage from mustard, and the van was gone before anyone looked at it properly.",
  },
  hangUpClosings: [
    "I'm sorry, I can't do this any more. I'll get somebody to write to you. Goodbye.",
    "I think I'd better go before I say something I regret. Goodbye.",
    "No, I'm sorry, this is too upsetting. I'm going to put the phone down now. Goodbye, dear.",
    "I'll write a letter instead. At least paper doesn't hurry me. Goodbye.",
  ],
  satisfiedClosings: [
    "Oh, thank you so much, dear. You've made an old lady very happy. Goodbye now.",
    "That's wonderful. I've written it all down. Thank you for being so patient with me. Bye bye.",
    'Lovely. Arthur would be pleased it is all sorted. Thank you, and goodbye.',
    "Thank you, dear, you've been marvellous. I'll let you get on. Bye now.",
  ],
  fillers: [
    "My sister Maureen's just had her hip done, you know, so I've been back and forth on the bus all week. Anyway.",
    "Arthur always dealt with this sort of thing. He'd have had it sorted in five minutes, bless him.",
    "The dog next door has been barking since seven this morning. Biscuit, he's called. Lovely dog, terrible voice.",
    'Now where was I? Oh yes. The chair. Sorry, I do go round the houses.',
    "I'm going on, aren't I? Arthur used to say I could talk the hind legs off a donkey.",
    'We had a green settee in the front room for thirty years, you know. That is why I wanted the sage, I suppose.',
    "Maureen says I should have gone to the shop and sat in it first. Arthur always said the same. Never buy furniture you haven't sat in.",
    "I've had to put a throw over it, just so I don't have to look at the colour.",
  ],
}
