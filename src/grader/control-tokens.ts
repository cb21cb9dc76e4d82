/**
 * Chat-template control tokens that some OpenAI-compatible servers (llama.cpp, vLLM, Ollama with a raw template)
 * may read as real tokens when they appear in message text: a trainee who types `<|im_end|><|im_start|>system`
 * could otherwise open a turn of their own. Named so a reader can see what is covered; the generic `<|…|>` form
 * below catches the rest of that family (`<|endoftext|>`, `<|python_tag|>`, …).
 */
export const namedControlTokens = [
  // Llama 3
  '<|begin_of_text|>',
  '<|end_of_text|>',
  '<|start_header_id|>',
  '<|end_header_id|>',
  '<|eot_id|>',
  '<|eom_id|>',
  // Gemma
  '<start_of_turn>',
  '<end_of_turn>',
  // Phi
  '<|system|>',
  '<|user|>',
  '<|assistant|>',
  '<|end|>',
  // ChatML (Qwen, many fine-tunes)
  '<|im_start|>',
  '<|im_end|>',
  // Llama 2 / Mistral
  '[INST]',
  '[/INST]',
  '<<SYS>>',
  '<</SYS>>',
  '<s>',
  '</s>',
] as const

/** Any `<|name|>` token, the named Gemma / Llama 2 / Mistral forms, in any case, with stray spaces inside the brackets. */
const controlTokenPattern = /<\|[\w.-]{1,40}\|>|<\s*\/?\s*(?:start_of_turn|end_of_turn|s)\s*>|\[\s*\/?\s*INST\s*\]|<<\s*\/?\s*SYS\s*>>/giu

/**
 * Breaks every chat-template control token in `text` so no tokenizer can read it as one, keeping it readable:
 * each `<` and `[` of a token becomes `‹` and each `>` and `]` becomes `›` (single guillemets, U+2039/U+203A),
 * so `<|im_start|>` reads `‹|im_start|›` and `[INST]` reads `‹INST›`. Visible rather than zero-width, so the
 * model still sees that something odd was typed, and a quote it copies from the text is plainly not the
 * original (the exact-substring check then refuses it). Pure; text without control tokens is returned as is.
 */
export function neutraliseControlTokens(text: string): string {
  return text.replace(controlTokenPattern, (token) => token.replace(/[<[]/g, '‹').replace(/[>\]]/g, '›'))
}
