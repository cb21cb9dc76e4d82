import type { PersonaSpec } from '../persona-spec'
import { elderlyAlumReunionRegistration } from './elderly-alum-reunion-registration'
import { hostileBroadbandCallbacks } from './hostile-broadband-callbacks'
import { knowItAllRoamingCharges } from './know-it-all-roaming-charges'
import { longWindedArmchairDelivery } from './long-winded-armchair-delivery'

export { elderlyAlumReunionRegistration, hostileBroadbandCallbacks, knowItAllRoamingCharges, longWindedArmchairDelivery }

/** One persona per archetype, drawn from the seed articles. */
export const builtinPersonas: PersonaSpec[] = [
  hostileBroadbandCallbacks,
  longWindedArmchairDelivery,
  knowItAllRoamingCharges,
  elderlyAlumReunionRegistration,
]
