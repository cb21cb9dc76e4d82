import type { InvitationView, UserRole } from './team-api'

export const roleName: Record<UserRole, string> = { trainee: 'Trainee', trainer: 'Trainer' }

export const invitationStatusLabel: Record<InvitationView['status'], string> = {
  pending: 'Waiting',
  used: 'Used',
  revoked: 'Revoked',
  expired: 'Expired',
}

/** Tones from base.css's banner palette. */
export const invitationStatusTone: Record<InvitationView['status'], 'info' | 'good' | 'none' | 'neutral'> = {
  pending: 'info',
  used: 'good',
  revoked: 'none',
  expired: 'neutral',
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso))
}
