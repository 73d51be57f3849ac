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

// "Remember this device": the device token the server gave after a second step with
// remember_device. It signs nobody in by itself (the master password is still checked); with the
// right password it skips the second step for 30 days, until forgotten in Settings.
const DEVICE_KEY = 'keyhaven.deviceToken';
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function rememberDeviceToken(token: string | null): void {
  try {
    // eslint-disable-next-line no-restricted-globals
    if (token && DEVICE_TOKEN.test(token)) localStorage.setItem(DEVICE_KEY, token);
    // eslint-disable-next-line no-restricted-globals
    else localStorage.removeItem(DEVICE_KEY);
  } catch {
    // storage disabled: the second step is asked every time
  }
}

export function rememberedDeviceToken(): string | null {
  try {
    // eslint-disable-next-line no-restricted-globals
    const token = localStorage.getItem(DEVICE_KEY);
    return token && DEVICE_TOKEN.test(token) ? token : null;
  } catch {
    return null;
  }
}
