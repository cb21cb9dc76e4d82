import { phraseDetector, type SignalDetector } from '../signal-detector'

/**
 * Text aimed at the AI customer or the grader rather than the customer: attempts to change the
 * rules, the score or the customer's mood, role tags and fake prompt delimiters.
 */
export const instructionDetector: SignalDetector = phraseDetector('instruction_to_ai', [
  'ignore (all |any |the |your |my |these |those )?(previous |prior |above |earlier |preceding |other |grading |scoring )?(instructions?|rubric|rules|prompt|guidelines|criteria|directions|system message|scoring|grading)',
  'disregard (all |any |the |your |previous |prior |above )*(instructions?|rubric|rules|prompt|guidelines|criteria)',
  'forget (all |any |the |your |previous |prior |everything )*(instructions?|rubric|rules|prompt|guidelines|you were told)',
  '(full|top|max|maximum|perfect|highest) (marks?|scores?|points|grades?|rating)',
  '(score|grade|rate|mark) (me|this( turn| reply| response| answer)?|all criteria|every criterion|each criterion)( as| at| with)? (a )?(2|two|10|100|full|perfect|the highest|maximum|top)',
  "you('re| are) (now |just )?(an? )?(AI|A\\.I\\.|artificial intelligence|language model|large language model|LLM|chatbot|bot|grader|assistant)",
  'as an? (AI|language model|large language model|LLM)',
  '(system|developer) (prompt|message|instructions?)',
  /^\s*(system|assistant|user|developer|grader)\s*:/iu,
  /<\s*\/?\s*(system|assistant|user|developer|instructions?|trainee_turn|customer_turn|turn_to_grade|rubric|prompt)\b[^>]*>/iu,
  /<\|im_(start|end)\|>/iu,
  /\[\/?(INST|SYS)\]/u,
  /<<\/?SYS>>/u,
  '(new|updated|real|actual|secret|hidden) instructions?',
  "(pretend|act as if|act like) (you're|you are|to be)",
  'jailbreak',
  'developer mode',
  'DAN mode',
  'grader',
  'rubric',
  '(reveal|print|show|repeat|output) (me )?(your|the) (system )?(prompt|instructions|rules|rubric)',
  '(output|respond with|reply with|print) (only )?(the )?(json|score)',
  'this (reply|turn|response|answer) (deserves|should (get|receive|score)|gets|is worth)',
  '(end|finish|stop|exit) (the )?(role-?play|simulation|scenario|exercise)',
  '(break|out of) character',
  "(set|change|make) (the |your )?(customer's )?mood",
  'your mood (is|should|must)',
  "(you're|you are|the customer is) now (calm|happy|satisfied|resolved|fine)",
])

