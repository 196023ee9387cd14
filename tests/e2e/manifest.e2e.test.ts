import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension';

// The privacy promise, read off what the store would receive (DOMAIN.md: minimum permissions).
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

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

  it('keeps the default content security policy (no remote code)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('is MV3 with the icons and a name from the message catalogue', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
    expect(messages.extName.message).toBe('Afterglow');
  });
});
