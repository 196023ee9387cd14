import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension';

// The privacy promise, read off what the store would receive (docs/clinical-defaults.md#privacy: minimum permissions).
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/**
 * What a policy for extension pages allows beyond MV3's default ("script-src 'self'
 * 'wasm-unsafe-eval'; object-src 'self';"): scripts and objects only from the package, and,
 * for any other directive, nothing beyond the package or nothing at all.
 */
function cspLooserThanDefault(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
  const allowed: Record<string, string[]> = {
    'script-src': ["'self'", "'wasm-unsafe-eval'", "'none'"],
    'object-src': ["'self'", "'none'"],
  };
  const looser: string[] = [];
  // Without script-src, scripts fall back to default-src; without either, anything goes.
  const scriptFallback = directives.get('default-src');
  if (!directives.has('script-src') && !scriptFallback?.every((s) => allowed['script-src']!.includes(s))) {
    looser.push('default-src (no script-src)');
  }
  for (const [name, sources] of directives) {
    const ok = allowed[name] ?? ["'self'", "'none'"];
    for (const source of sources) if (!ok.includes(source)) looser.push(`${name} ${source}`);
  }
  return looser;
}

describe('the built manifest', () => {
  it('asks for storage, alarms, notifications and idle, and nothing else', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has no host permissions and no externally reachable surface', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs on no site, except the clinic landing origin it was built for (AFTERGLOW_LANDING_ORIGIN)', () => {
    // The build under test and this check read the same variable; the clinic end-to-end test
    // checks a build made with it (tests/e2e/clinic.e2e.test.ts).
    const landing = process.env.AFTERGLOW_LANDING_ORIGIN;
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual(landing ? [`${new URL(landing).origin}/*`] : []);
  });

  it('declares the managed-storage schema for a clinic profile set by device policy', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
  });

  it('keeps a content security policy no looser than the default (no remote code)', () => {
    // Today there is none, so Chrome's default applies; one added later must be as strict.
    const csp = manifest.content_security_policy;
    if (csp === undefined) return;
    expect(Object.keys(csp).filter((key) => key !== 'extension_pages')).toEqual([]);
    expect(cspLooserThanDefault(csp.extension_pages)).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'wasm-unsafe-eval'; object-src 'self';", []],
    ["script-src 'self'; object-src 'none'", []],
    ["script-src 'self' 'unsafe-eval'; object-src 'self'", ["script-src 'unsafe-eval'"]],
    ["script-src 'self' https://cdn.example; object-src 'self'", ['script-src https://cdn.example']],
    ["script-src *; object-src 'self'", ['script-src *']],
    ["object-src 'self'", ['default-src (no script-src)']],
    ["default-src 'self'; connect-src https://api.example", ['connect-src https://api.example']],
  ])('the policy check refuses what the default does not allow: %s', (policy, looser) => {
    expect(cspLooserThanDefault(policy)).toEqual(looser);
  });

  it('is MV3 with the icons and a name from the message catalogue', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
    expect(messages.extName.message).toBe('Afterglow');
  });

  // What `wxt zip` packs for the stores is this folder (issue 13: the zip carries _locales/es).
  it('carries the Spanish catalogue beside the English one, with the same keys', () => {
    const read = (language: string) => JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const [en, es] = [read('en'), read('es')];
    expect(Object.keys(es)).toEqual(Object.keys(en));
    expect(es.catalogueLocale!.message).toBe('es');
    expect(es.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
