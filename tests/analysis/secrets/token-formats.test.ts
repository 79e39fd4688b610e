import { describe, expect, it } from 'vitest';
import { createCustomFormat, findToken, isPublicJwt, isPublishedValue, TOKEN_FORMATS } from '../../../src/analysis/secrets/token-formats';
import { FAKE_TOKENS, fakeChars, fakeToken, ALNUM, BASE64URL, DIGITS, HEX, LOWER, UPPER } from './fake-tokens';

/** Placeholders and documented samples per row: shapes that must never be reported. */
const NOT_SECRETS: Readonly<Record<string, readonly string[]>> = {
  'aws-access-key-id': ['AKIA' + 'IOSFODNN7EXAMPLE', 'AKIA' + 'XXXXXXXXXXXXXXXX', 'AKIA' + fakeChars(UPPER, 12, 1)],
  'github-token': ['ghp' + '_' + 'x'.repeat(36), 'ghp' + '_' + fakeChars(ALNUM, 20, 2), 'ghp' + '_<token>'],
  'github-fine-grained-token': ['github' + '_pat_' + 'X'.repeat(82), 'github' + '_pat_' + fakeChars(ALNUM, 20, 3)],
  'gitlab-token': ['glpat' + '-' + 'xxxxxxxxxxxxxxxxxxxx', 'glpat' + '-' + fakeChars(ALNUM, 10, 5)],
  'slack-token': ['xoxb' + '-' + 'your-bot-token', 'xoxb' + '-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX'],
  'slack-webhook': ['https://hooks.' + 'slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.' + 'slack.com/services/'],
  'stripe-secret-key': ['sk' + '_test_' + '4eC39HqLyjWDarjtT1zdp7dc', 'sk' + '_live_' + 'x'.repeat(24), 'pk' + '_live_' + fakeChars(ALNUM, 24, 12)],
  'webhook-signing-secret': ['whsec' + '_' + 'x'.repeat(32), 'whsec' + '_...', 'whsec' + '_your_webhook_signing_secret', 'whsec' + '_' + fakeChars(ALNUM, 12, 106)],
  'google-api-key': ['AI' + 'za' + 'X'.repeat(35), 'AI' + 'za' + fakeChars(ALNUM, 20, 13)],
  'google-oauth-client-secret': ['GOCSPX' + '-' + 'x'.repeat(28), 'GOCSPX' + '-<your-client-secret>', 'GOCSPX' + '-' + fakeChars(ALNUM, 10, 41)],
  'openai-project-key': ['sk-' + 'proj-' + 'x'.repeat(48), 'sk-' + 'proj-...'],
  'openai-legacy-key': ['sk-' + fakeChars(ALNUM, 30, 15), 'sk-' + 'x'.repeat(48)],
  'anthropic-api-key': ['sk-' + 'ant-api03-' + 'x'.repeat(93), 'sk-' + 'ant-...'],
  'sendgrid-api-key': ['SG' + '.xxxxxxxxxxxxxxxxxxxxxx.' + 'x'.repeat(43), 'SG.' + 'abc.def'],
  'twilio-api-key': ['SK' + 'x'.repeat(32), 'SK' + fakeChars(HEX, 20, 20), 'SKIP_THIS_STEP_IN_PRODUCTION_BUILDS'],
  'npm-token': ['npm' + '_' + 'x'.repeat(36), 'npm_' + 'config_cache_directory_for_this_build'],
  'pem-private-key': ['-----BEGIN RSA ' + 'PRIVATE KEY-----', '-----BEGIN ' + 'PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----\n' + fakeChars(ALNUM, 64, 22)],
  jwt: [
    'eyJ' + 'hbGciOi.eyJzdWIi.sig',
    Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}').toString('base64url') + '.' + fakeChars(ALNUM, 43, 24),
    'eyJ' + fakeChars(ALNUM, 20, 1) + '.eyJ' + fakeChars(ALNUM, 20, 2) + '.' + fakeChars(ALNUM, 20, 3),
    // A Supabase anon key, published to browsers by design, and the local development stack's service-role key.
    Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"iss":"supabase","ref":"qwertyuiopasdfgh","role":"anon","iat":1700000000,"exp":2015576000}').toString('base64url') + '.' + fakeChars(ALNUM, 43, 30),
    Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"iss":"supabase-demo","role":"service_role","exp":1983812996}').toString('base64url') + '.' + fakeChars(ALNUM, 43, 31),
  ],
  'azure-storage-key': ['AccountName=devstoreaccount1;Account' + 'Key=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq' + '/K1SZFPTOtr/KBHBeksoGMGw==', 'Account' + 'Key=<key>'],
  'azure-shared-access-key': ['SharedAccess' + 'Key=<key>', 'SharedAccess' + 'Key=' + 'x'.repeat(43) + '='],
  'shopify-token': ['shpat' + '_' + 'x'.repeat(32), 'shpat' + '_' + fakeChars(HEX, 10, 27)],
  'digitalocean-token': ['dop' + '_v1_' + '0'.repeat(64), 'dop' + '_v1_' + fakeChars(HEX, 10, 28)],
  'huggingface-token': ['hf' + '_' + 'x'.repeat(34), 'hf_' + 'hub_cache_directory'],
  'supabase-secret-key': ['sb' + '_secret_' + 'x'.repeat(32), 'sb' + '_secret_key', 'sb' + '_secret_<your-secret-key>'],
  'postman-api-key': ['PMAK' + '-' + 'x'.repeat(24) + '-' + 'x'.repeat(34), 'PMAK-abc'],
  'vault-token': ['hvs' + '.' + 'x'.repeat(90), 'hvs.' + 'short'],
  'telegram-bot-token': ['123456789' + ':AA' + 'x'.repeat(33), '123456789' + ':AA' + 'your-telegram-bot-token-goes-here', '12:34:AA' + fakeChars(ALNUM, 33, 35), '1234567' + ':AA' + fakeChars(ALNUM, 33, 36)],
  'discord-webhook': [
    'https://discord.com/api/' + 'webhooks/123456789012345678/' + 'x'.repeat(68),
    'https://discord.com/api/' + 'webhooks/<id>/<token>',
    'https://discord.com/api/' + 'webhooks/' + fakeChars(DIGITS, 19, 67) + '/' + fakeChars(BASE64URL, 20, 68),
  ],
  'make-webhook': [
    'https://hook.eu1.' + 'make.com/' + 'x'.repeat(32),
    'https://hook.' + 'make.com/YOUR_ACTUAL_WEBHOOK_ID',
    'https://hook.us1.' + 'make.com/' + fakeChars(LOWER + DIGITS, 20, 103),
    // The site and its documentation, no hook.
    'https://www.' + 'make.com/en/help/tools/webhooks' + fakeChars(LOWER, 20, 104),
  ],
  'facebook-app-token': ['123456789012345' + '|' + 'x'.repeat(32), '<app_id>|<app_secret>', fakeChars(DIGITS, 15, 98) + '|' + 'your-app-secret-goes-here-x', fakeChars(DIGITS, 15, 99) + '|short', 'a' + fakeChars(DIGITS, 15, 100) + '|' + fakeChars(BASE64URL, 27, 101)],
  'mailchimp-api-key': ['0'.repeat(32) + '-us6', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + '-us6', fakeChars(HEX, 32, 69) + '-us', 'g'.repeat(32) + '-us6'],
  'http-bearer-token': [
    'Bearer <token>',
    'Bearer ' + 'x'.repeat(32),
    // Words strung together, a variable's name, digits alone: stand-ins, not issued tokens.
    'Bearer my-access-token-refreshed',
    'Bearer test-user-token-number-2',
    'Bearer ACCESS_TOKEN_V2_PRODUCTION',
    'Bearer 48213975061842739156',
    // A JWT is its own row's to judge: jwt.io's sample token is published, not issued.
    'Bearer ' + Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"sub":"1234567890","name":"John Doe"}').toString('base64url') + '.' + fakeChars(ALNUM, 43, 62),
    'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
    'NotBearer ' + fakeChars(ALNUM, 32, 63),
    // `token` in a sentence, before words: no credential follows.
    'the refresh token was-revoked-by-the-user-at-logout',
    'Token expired_or_invalid_for_this_request',
  ],
  'http-basic-credentials': [
    'Basic realm="Authentication service"',
    'Basic ' + Buffer.from('username:password').toString('base64'),
    'Basic ' + Buffer.from('postgres:postgres').toString('base64'),
    'Basic ' + Buffer.from('testuser:testpass').toString('base64'),
    'Basic ' + Buffer.from('deploy-user-without-password:').toString('base64'),
    'Basic YourBase64EncodedCredentials==',
    'Basic functionality of the server',
  ],
};

describe('TOKEN_FORMATS', () => {
  it('has a fake value and look-alikes for every row', () => {
    const ids = TOKEN_FORMATS.map((format) => format.id).sort();
    expect(Object.keys(FAKE_TOKENS).sort()).toEqual(ids);
    expect(Object.keys(NOT_SECRETS).sort()).toEqual(ids);
  });

  it('has unique ids and prefixes every pattern can start with', () => {
    expect(new Set(TOKEN_FORMATS.map((format) => format.id)).size).toBe(TOKEN_FORMATS.length);
    for (const format of TOKEN_FORMATS) expect(format.prefixes.length).toBeGreaterThan(0);
  });

  describe.each(TOKEN_FORMATS.map((format) => [format.id, format] as const))('%s', (id, format) => {
    it('finds the bare value', () => {
      const match = findToken(fakeToken(id));
      expect(match?.format.id).toBe(id);
    });

    it('finds it inside a longer string', () => {
      const text = `Authorization: ${fakeToken(id)} ;`;
      const match = findToken(text);
      expect(match?.format.id).toBe(id);
      expect(text.slice(match?.index ?? -1)).toContain(match?.value ?? '?');
    });

    it('ignores look-alikes, placeholders and documented samples', () => {
      for (const value of NOT_SECRETS[id] ?? []) {
        const match = findToken(value);
        expect(match?.format.id === format.id ? value : undefined).toBeUndefined();
      }
    });
  });
});

describe('findToken', () => {
  it('skips short strings without a prefix scan', () => {
    expect(findToken('AKIA')).toBeUndefined();
    expect(findToken('plain text that is long enough but has nothing in it')).toBeUndefined();
  });

  it('does not match a prefix glued inside a longer random string', () => {
    expect(findToken(fakeChars(ALNUM, 30, 40) + fakeToken('aws-access-key-id'))).toBeUndefined();
  });

  it('names the vendor of a token after an Authorization scheme, and takes the credential alone', () => {
    expect(findToken(`token ${fakeToken('http-bearer-token').slice(7)}`)?.format.id).toBe('http-bearer-token');
    expect(findToken(`Bearer ${fakeToken('github-token')}`)?.format.id).toBe('github-token');
    const bearer = findToken(fakeToken('http-bearer-token'));
    expect(bearer?.value).toBe(fakeToken('http-bearer-token').slice('Bearer '.length));
    expect(bearer?.index).toBe('Bearer '.length);
  });

  it('finds a Telegram bot token in a Bot API URL, after `/bot`, and not after other letters', () => {
    const telegram = fakeToken('telegram-bot-token');
    expect(findToken(`https://api.telegram.org/bot${telegram}/sendMessage`)?.value).toBe(telegram);
    expect(findToken(`https://example.com/robot${telegram}`)).toBeUndefined();
  });

  it('does not take UUIDs, hashes or camelCase identifiers for tokens', () => {
    for (const value of ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'getSkipTokenValidationForTestUsers']) {
      expect(findToken(value)).toBeUndefined();
    }
  });

  it('matches user-supplied formats, and skips patterns that do not compile', () => {
    const custom = createCustomFormat('Acme key', 'acme_[a-z0-9]{24}', 'acme_');
    expect(custom).toBeDefined();
    const value = 'acme_' + fakeChars('abcdefghijklmnopqrstuvwxyz0123456789', 24, 50);
    expect(findToken(value, custom ? [custom] : [])?.format.name).toBe('Acme key');
    expect(createCustomFormat('broken', '(unclosed', undefined)).toBeUndefined();
  });
});

describe('isPublicJwt', () => {
  const jwt = (claims: object): string =>
    `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.Xk2mQ9rTvB4nW7pL1sZ8cDh3Jf6Gq0Ya5Ue2Ri9Wo4K`;
  it.each([
    ['a Supabase anon key', jwt({ iss: 'supabase', ref: 'qwertyuiopasdfgh', role: 'anon' })],
    ["a key of Supabase's local stack", jwt({ iss: 'supabase-demo', role: 'service_role' })],
    ["jwt.io's sample", jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })],
  ])('holds for %s', (_, value) => {
    expect(isPublicJwt(value)).toBe(true);
  });
  it.each([
    ['a Supabase service-role key', jwt({ iss: 'supabase', ref: 'qwertyuiopasdfgh', role: 'service_role' })],
    ["another service's token", jwt({ sub: 'svc-42', role: 'admin' })],
    ['an anon key inside longer text', `Bearer ${jwt({ iss: 'supabase', role: 'anon' })}`],
    ['a text that is not a JWT', 'eyJ-not-a-token'],
  ])('does not hold for %s', (_, value) => {
    expect(isPublicJwt(value)).toBe(false);
  });
});

describe('isPublishedValue', () => {
  const azurite = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq' + '/K1SZFPTOtr/KBHBeksoGMGw==';
  const sampleJwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"1234567890"}').toString('base64url')}.Xk2mQ9rTvB4nW7pL1sZ8cDh3Jf6Gq0Ya5Ue2Ri9Wo4K`;
  it.each([
    ["Azurite's account key on its own", azurite],
    ["Azurite's key in a connection string's pair", `Account${'Key='}${azurite}`],
    ["jwt.io's sample token", sampleJwt],
    ["PostHog's project API key, sent from browsers", `phc_${fakeChars(ALNUM, 43, 11)}`],
  ])('holds for %s', (_, value) => {
    expect(isPublishedValue(value)).toBe(true);
  });
  it.each([
    ['another account key of the same shape', `${fakeChars(ALNUM, 86, 95)}==`],
    ["Azurite's key inside a longer text", `key: ${azurite}`],
    ["PostHog's personal API key", `phx_${fakeChars(ALNUM, 43, 11)}`],
    ['a project key prefix on a short value', 'phc_abc123'],
  ])('does not hold for %s', (_, value) => {
    expect(isPublishedValue(value)).toBe(false);
  });
});
