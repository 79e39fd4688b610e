/**
 * Fake credentials for tests, generated at run time so that no real-looking secret is written in
 * the repository (secret scanners read source files, not test runs). Deterministic: the same seed
 * gives the same characters.
 */

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const ALNUM = UPPER + LOWER + DIGITS;
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/** `length` characters of `alphabet`, from a small linear congruential generator. */
export function fakeChars(alphabet: string, length: number, seed = 7): string {
  let state = seed * 2654435761 + 1;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const next = alphabet[Math.floor((state / 2147483648) * alphabet.length)] ?? 'q';
    // Never three equal characters in a row: fakes must not look like placeholders.
    if (out.length >= 2 && out[out.length - 1] === next && out[out.length - 2] === next) continue;
    out += next;
  }
  return out;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** One fake value per catalogue row, keyed by the row id. */
export const FAKE_TOKENS: Readonly<Record<string, string>> = {
  'aws-access-key-id': 'AKIA' + fakeChars(UPPER + DIGITS, 16, 1),
  'github-token': 'ghp' + '_' + fakeChars(ALNUM, 36, 2),
  'github-fine-grained-token': 'github' + '_pat_' + fakeChars(ALNUM, 22, 3) + '_' + fakeChars(ALNUM, 59, 4),
  'gitlab-token': 'glpat' + '-' + fakeChars(ALNUM, 20, 5),
  'slack-token': 'xoxb' + '-' + fakeChars(DIGITS, 12, 6) + '-' + fakeChars(DIGITS, 13, 7) + '-' + fakeChars(ALNUM, 24, 8),
  'slack-webhook': 'https://hooks.' + 'slack.com/services/T' + fakeChars(UPPER + DIGITS, 8, 9) + '/B' + fakeChars(UPPER + DIGITS, 8, 10) + '/' + fakeChars(ALNUM, 24, 11),
  'stripe-secret-key': 'sk' + '_live_' + fakeChars(ALNUM, 24, 12),
  'webhook-signing-secret': 'whsec' + '_' + fakeChars(ALNUM, 32, 105),
  'google-api-key': 'AI' + 'za' + fakeChars(BASE64URL, 35, 13),
  'google-oauth-client-secret': 'GOCSPX' + '-' + fakeChars(BASE64URL, 28, 40),
  'openai-project-key': 'sk-' + 'proj-' + fakeChars(BASE64URL, 56, 14),
  'openai-legacy-key': 'sk-' + fakeChars(ALNUM, 20, 15) + 'T3Blbk' + 'FJ' + fakeChars(ALNUM, 20, 16),
  'anthropic-api-key': 'sk-' + 'ant-api03-' + fakeChars(BASE64URL, 93, 17),
  'sendgrid-api-key': 'SG' + '.' + fakeChars(BASE64URL, 22, 18) + '.' + fakeChars(BASE64URL, 43, 19),
  'twilio-api-key': 'SK' + fakeChars(HEX, 32, 20),
  'npm-token': 'npm' + '_' + fakeChars(ALNUM, 36, 21),
  'pem-private-key': '-----BEGIN RSA ' + 'PRIVATE KEY-----\n' + fakeChars(BASE64, 64, 22) + '\n' + fakeChars(BASE64, 64, 23) + '\n-----END RSA ' + 'PRIVATE KEY-----',
  jwt: base64url('{"alg":"HS256","typ":"JWT"}') + '.' + base64url('{"sub":"42","role":"svc"}') + '.' + fakeChars(BASE64URL, 43, 24),
  'azure-storage-key': 'DefaultEndpointsProtocol=https;AccountName=acme;Account' + 'Key=' + fakeChars(BASE64, 86, 25) + '==;EndpointSuffix=core.windows.net',
  'azure-shared-access-key': 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccess' + 'Key=' + fakeChars(BASE64, 43, 26) + '=',
  'shopify-token': 'shpat' + '_' + fakeChars(HEX, 32, 27),
  'digitalocean-token': 'dop' + '_v1_' + fakeChars(HEX, 64, 28),
  'huggingface-token': 'hf' + '_' + fakeChars(UPPER + LOWER, 34, 29),
  'supabase-secret-key': 'sb' + '_secret_' + fakeChars(ALNUM, 32, 61),
  'postman-api-key': 'PMAK' + '-' + fakeChars(HEX, 24, 30) + '-' + fakeChars(HEX, 34, 31),
  'vault-token': 'hvs' + '.' + fakeChars(BASE64URL, 90, 32),
  'telegram-bot-token': fakeChars(DIGITS, 10, 33) + ':' + 'AA' + fakeChars(BASE64URL, 33, 34),
  'discord-webhook': 'https://discord.com/api/' + 'webhooks/' + fakeChars(DIGITS, 19, 64) + '/' + fakeChars(BASE64URL, 68, 65),
  'make-webhook': 'https://hook.eu2.' + 'make.com/' + fakeChars(LOWER + DIGITS, 32, 102),
  'mailchimp-api-key': fakeChars(HEX, 32, 66) + '-us' + '6',
  'facebook-app-token': fakeChars(DIGITS, 15, 96) + '|' + fakeChars(BASE64URL, 27, 97),
  'http-bearer-token': 'Bearer ' + fakeChars(ALNUM, 32, 60),
  'http-basic-credentials': 'Basic ' + Buffer.from('deploy:' + fakeChars(ALNUM, 16, 61)).toString('base64'),
};

/** The fake value of a catalogue row (throws for an unknown id, so typos fail tests). */
export function fakeToken(id: string): string {
  const token = FAKE_TOKENS[id];
  if (token === undefined) throw new Error(`no fake token for ${id}`);
  return token;
}
