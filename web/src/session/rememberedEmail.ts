// The one thing the dashboard keeps across a reload is the email of the last account, so that a
// reload shows "unlock" (master password only) instead of a blank sign-in. It is not key
// material; tokens and keys stay in memory and die with the page.
const KEY = 'keyhaven.email';

export function rememberEmail(email: string | null): void {
  try {
    // eslint-disable-next-line no-restricted-globals
    if (email) localStorage.setItem(KEY, email);
    // eslint-disable-next-line no-restricted-globals
    else localStorage.removeItem(KEY);
  } catch {
    // storage disabled: the user types the email again
  }
}

export function rememberedEmail(): string | null {
  try {
    // eslint-disable-next-line no-restricted-globals
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
