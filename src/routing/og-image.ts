/** The preview card of a record page: `/calling/487/10003/` → `/og/calling/487/10003.png`. */
export const ogImagePath = (recordPath: string) => `/og/${recordPath.replace(/^\/|\/$/g, '')}.png`;
