import { describe, expect, it } from 'vitest';
import { emailToSelfHref, isPhoneOrTablet } from '@/utils/clinic/handOff';

const desktop = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36', maxTouchPoints: 0, platform: 'Linux x86_64', narrow: false };

describe('telling a phone or tablet from the computer Afterglow runs on', () => {
  it.each([
    ['an iPhone', { ...desktop, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', platform: 'iPhone' }],
    ['an Android phone', { ...desktop, userAgent: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) Chrome/142.0 Mobile Safari/537.36' }],
    ['an Android tablet', { ...desktop, userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/142.0 Safari/537.36' }],
    ['an iPad that says it is a Mac', { ...desktop, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', platform: 'MacIntel', maxTouchPoints: 5 }],
    ['a phone-sized window', { ...desktop, narrow: true }],
  ])('counts %s as a phone or tablet', (_name, hints) => {
    expect(isPhoneOrTablet(hints)).toBe(true);
  });

  it.each([
    ['a Linux desktop', desktop],
    ['a Mac', { ...desktop, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/142.0', platform: 'MacIntel' }],
    ['a Windows laptop with a touch screen', { ...desktop, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/142.0', platform: 'Win32', maxTouchPoints: 10 }],
  ])('counts %s as a computer', (_name, hints) => {
    expect(isPhoneOrTablet(hints)).toBe(false);
  });

  it('writes an email to oneself with the page’s address as its whole body', () => {
    expect(emailToSelfHref('Set up Afterglow for Sunrise & Co', 'https://start.example-clinic.org/')).toBe(
      'mailto:?subject=Set%20up%20Afterglow%20for%20Sunrise%20%26%20Co&body=https%3A%2F%2Fstart.example-clinic.org%2F',
    );
  });
});
