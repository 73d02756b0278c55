/** Formats of the schedules AWS takes, UTC; kept apart from the zod schema so the generator loads without zod. */
/** `hh24:mi`, UTC. */
export const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
export const timeWindowPattern = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
export const weeklyWindowPattern =
  /^(sun|mon|tue|wed|thu|fri|sat):([01]\d|2[0-3]):[0-5]\d-(sun|mon|tue|wed|thu|fri|sat):([01]\d|2[0-3]):[0-5]\d$/;
