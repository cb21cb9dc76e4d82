import { createContext, useContext } from 'react'

export interface PersonaFormContextValue {
  /** The problems to show at this exact dotted path now. */
  issuesAt: (path: string) => string[]
  /** Built-ins (and a persona still loading) are shown, not edited. */
  readOnly: boolean
}

export const PersonaFormContext = createContext<PersonaFormContextValue>({ issuesAt: () => [], readOnly: false })

export function usePersonaFormContext(): PersonaFormContextValue {
  return useContext(PersonaFormContext)
}
