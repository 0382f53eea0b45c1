/** Whole hours, minutes and seconds of a duration in seconds (rounded to the second). */
export function splitDuration(seconds: number): { hours: number; minutes: number; seconds: number } {
  const whole = Math.max(0, Math.round(seconds))
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 }
}

/** The i18n key and values for a duration: "12 s", "3 min 5 s", "1 h 2 min". */
export function durationKey(seconds: number): { key: 'seconds' | 'minutes' | 'hours'; values: { hours: number; minutes: number; seconds: number } } {
  const values = splitDuration(seconds)
  return { key: values.hours > 0 ? 'hours' : values.minutes > 0 ? 'minutes' : 'seconds', values }
}
