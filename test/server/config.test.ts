import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../src/server/config'

const local = { LLM_BASE_URL: 'http://localhost:11434/v1' }

function problems(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

describe('loadConfig: perception', () => {
  it('perceives with the rules alone when no model resolves', () => {
    const config = loadConfig({ ...local, PERSONA_MODEL: 'llama3.1' })
    expect(config.perception).toBeNull()
    expect(config.llm.perceptionTimeoutMs).toBe(2_500)
  })

  it("defaults to the model, falling back to the grader's model, URL and key", () => {
    const config = loadConfig({ LLM_BASE_URL: 'http://shared/v1', GRADER_MODEL: 'qwen2.5:14b', GRADER_BASE_URL: 'http://grader/v1', GRADER_API_KEY: 'grader-key' })
    expect(config.perception).toEqual({ model: 'qwen2.5:14b', baseURL: 'http://grader/v1', apiKey: 'grader-key' })
  })

  it('takes its own model, URL and key first, then LLM_*', () => {
    const config = loadConfig({ ...local, LLM_API_KEY: 'shared', GRADER_MODEL: 'big', PERCEPTION_MODEL: 'small', PERCEPTION_BASE_URL: 'http://fast/v1', PERCEPTION_TIMEOUT_MS: '1200' })
    expect(config.perception).toEqual({ model: 'small', baseURL: 'http://fast/v1', apiKey: 'shared' })
    expect(config.llm.perceptionTimeoutMs).toBe(1_200)
    expect(loadConfig({ ...local, PERCEPTION_MODEL: 'small' }).perception).toEqual({ model: 'small', baseURL: local.LLM_BASE_URL, apiKey: 'not-needed' })
  })

  it('PERCEPTION=rules turns it off whatever models are set; an empty value means unset', () => {
    expect(loadConfig({ ...local, GRADER_MODEL: 'big', PERCEPTION_MODEL: 'small', PERCEPTION: 'rules' }).perception).toBeNull()
    expect(loadConfig({ ...local, GRADER_MODEL: 'big', PERCEPTION: '' }).perception).not.toBeNull()
  })

  it('names the field when PERCEPTION=model has no model, or the value or time box is bad', () => {
    expect(problems({ ...local, PERCEPTION: 'model' })).toEqual([expect.stringMatching(/^PERCEPTION: .*PERCEPTION_MODEL/)])
    expect(problems({ PERCEPTION: 'llm' })).toEqual([expect.stringMatching(/^PERCEPTION: /)])
    expect(problems({ PERCEPTION_TIMEOUT_MS: '5' })).toEqual([expect.stringMatching(/^PERCEPTION_TIMEOUT_MS: /)])
    expect(problems({ PERCEPTION_MODEL: 'small' })).toEqual([expect.stringMatching(/^PERCEPTION_MODEL: set LLM_BASE_URL/)])
  })
})
