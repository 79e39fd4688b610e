import { describe, expect, it } from 'vitest';
import { classifySecretName, isEnvVarName, isWeakSecretName, splitWords, toEnvName } from '../../../src/analysis/secrets/names';

describe('splitWords', () => {
  it.each([
    ['dbPassword', ['db', 'password']],
    ['DB_PASSWORD', ['db', 'password']],
    ['JWTSecret', ['jwt', 'secret']],
    ['APIKey', ['api', 'key']],
    ['x-api-key', ['x', 'api', 'key']],
    ['oauth2Token', ['oauth', '2', 'token']],
    ['client_secret', ['client', 'secret']],
    ['db.password', ['db', 'password']],
    ['', []],
  ])('%j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('classifySecretName', () => {
  it.each([
    ['password', 'password'],
    ['dbPassword', 'password'],
    ['DB_PASSWORD', 'password'],
    ['passwd', 'password'],
    ['passphrase', 'password'],
    ['pwd', 'password'],
    // `pw`, a password's abbreviation, after what it is for
    ['userPw', 'password'],
    ['teacher_pw', 'password'],
    ['DB_PW', 'password'],
    ['smtpPass', 'password'],
    ['secret', 'secret'],
    ['JWT_SECRET', 'secret'],
    ['clientSecret', 'secret'],
    ['clientsecret', 'secret'],
    ['secretOrKey', 'secret'],
    ['token', 'token'],
    ['authToken', 'token'],
    ['GITHUB_TOKEN', 'token'],
    ['accesstoken', 'token'],
    ['apiKey', 'API key'],
    ['API_KEY', 'API key'],
    ['apikey', 'API key'],
    ['x-api-key', 'API key'],
    ['AWS_SECRET_ACCESS_KEY', 'access key'],
    ['privateKey', 'private key'],
    ['signingKey', 'signing key'],
    ['JWT_SECURITY_KEY', 'security key'],
    ['securityKey', 'security key'],
    ['secureKey', 'secure key'],
    ['SECURE_KEY', 'secure key'],
    ['SECUREKEY', 'secure key'],
    ['securitykey', 'security key'],
    ['credentials', 'credential'],
    ['passwordValue', 'password'],
    ['tokenV2', 'token'],
    ['secret2', 'secret'],
    ['apiKeyProd', 'API key'],
    // a service or setting the secret belongs to, not where one is filed
    ['CACHE_PASSWORD', 'password'],
    ['redisCachePassword', 'password'],
    ['ME_CONFIG_BASICAUTH_PASSWORD', 'password'],
    ['APP_CONFIG_SECRET', 'secret'],
    ['SETTINGS_DB_PASSWORD', 'password'],
    ['STORAGE_ACCOUNT_PASSWORD', 'password'],
    ['EVENT_WEBHOOK_SECRET', 'secret'],
    ['FEATURE_API_TOKEN', 'token'],
    ['PIPE_TOKEN', 'token'],
    ['ESCAPE_API_TOKEN', 'token'],
    // an analytics or error-reporting service's secret, personal or auth keys read its data
    ['AMPLITUDE_SECRET_KEY', 'secret key'],
    ['MIXPANEL_API_SECRET', 'secret'],
    ['POSTHOG_PERSONAL_API_KEY', 'API key'],
    ['BUGSNAG_AUTH_TOKEN', 'token'],
  ])('%s is a %s', (name, kind) => {
    expect(classifySecretName(name)?.kind).toBe(kind);
  });

  it.each([
    'passwordField',
    'tokenType',
    'secretName',
    'apiKeyHeader',
    'PASSWORD_MIN_LENGTH',
    'API_KEY_ENV_VAR',
    'passwordLabel',
    'passwordPattern',
    'secretPath',
    'tokenUrl',
    'secretId',
    'SecretId',
    'hasPassword',
    'showSecret',
    'isTokenValid',
    'nextPageToken',
    'cancelToken',
    'maxTokens',
    'eosToken',
    'csrfToken',
    'INJECTION_TOKEN',
    'PIPE_ESCAPE_TOKEN',
    'separatorToken',
    'EOF_TOKEN',
    'publicKey',
    'primaryKey',
    'passwordHash',
    'hashedPassword',
    'REDACTED_CREDENTIAL_VALUE',
    'placeholderToken',
    'dummyPassword',
    'PREFIX_LEGACY_API_KEY',
    // conditions, as error codes name them, and a category of tokens
    'InvalidSecretKey',
    'MISSING_API_KEY',
    'expiredToken',
    'wrongPassword',
    'JWT_CATEGORY_SESSION_TOKEN',
    // a project key that every client of an analytics or error-reporting service ships with
    'bugsnagApiKey',
    'BUGSNAG_API_KEY',
    'MIXPANEL_TOKEN',
    'mixpanelProjectToken',
    'AMPLITUDE_API_KEY',
    'POSTHOG_PROJECT_API_KEY',
    'regexToken',
    'formatSecret',
    'passport',
    'bypass',
    // `pw` inside other words or before another word
    'pwa',
    'PWD_LENGTH',
    'pwLabel',
    'showPw',
    'compass',
    'firstPass',
    'key',
    'username',
    'tokenizer',
    'passwordless',
    // the key, name or path a secret is filed under, and where a user's secret goes
    'CONFIG_KEY_SIGNING_KEY',
    'storageKeyToken',
    'cacheKeyPassword',
    'SETTINGS_PATH_SECRET',
    'eventNameToken',
    'fieldPassword',
    'formPassword',
    'queryToken',
    'QUERY_PARAM_TOKEN',
    'securityKeyId',
    'secureKeyName',
    'SECURITY_KEY_TYPE',
    '',
  ])('%s is not secret-named', (name) => {
    expect(classifySecretName(name)).toBeUndefined();
  });

  it('marks a bare `pass` as ambiguous', () => {
    expect(classifySecretName('pass')).toEqual({ kind: 'password', ambiguous: true });
    expect(classifySecretName('dbPass')).toEqual({ kind: 'password', ambiguous: false });
    expect(classifySecretName('pw')).toEqual({ kind: 'password', ambiguous: true });
    expect(classifySecretName('adminPw')).toEqual({ kind: 'password', ambiguous: false });
  });

  it('reads `pass` after a service or `default` as a password (RABBITMQ_DEFAULT_PASS), not after other words', () => {
    for (const name of ['RABBITMQ_DEFAULT_PASS', 'defaultPass', 'MQTT_PASS', 'kafkaPass', 'COUCHDB_PASS', 'MAILGUN_PASS', 'gmailPass', 'SENDER_PASS']) expect(classifySecretName(name)).toEqual({ kind: 'password', ambiguous: false });
    for (const name of ['firstPass', 'BYPASS', 'secondPass', 'renderPass', 'boardingPass']) expect(classifySecretName(name)).toBeUndefined();
  });
});

describe('isWeakSecretName', () => {
  it.each(['apiKey', 'key', 'encryptionKey', 'salt', 'hmacKey', 'cookieKey'])('%s may hold a secret', (name) => {
    expect(isWeakSecretName(name)).toBe(true);
  });
  it.each(['keyName', 'hasKey', 'name', 'primaryKeyField', 'color'])('%s does not', (name) => {
    expect(isWeakSecretName(name)).toBe(false);
  });
  it('gives the same answer when asked again (the answers are cached)', () => {
    for (const name of ['signingKey', 'keyName', 'signingKey', 'keyName']) expect(isWeakSecretName(name)).toBe(name === 'signingKey');
  });
});

describe('isEnvVarName', () => {
  it.each(['DB_PASSWORD', 'JWT_SECRET', 'AWS_ACCESS_KEY_ID'])('%s is one', (value) => expect(isEnvVarName(value)).toBe(true));
  it.each(['PASSWORD', 'Db_Password', 'hunter2', '_X', 'A_', 'S3_'])('%s is not', (value) => expect(isEnvVarName(value)).toBe(false));
});

describe('toEnvName', () => {
  it.each([
    [['db', 'password'], 'DB_PASSWORD'],
    [['jwtSecret'], 'JWT_SECRET'],
    [['JWT_SECRET'], 'JWT_SECRET'],
    [['stripe', 'stripeKey'], 'STRIPE_KEY'],
    [['2fa'], '_2FA'],
    // Digits written onto a word stay on it; after a separator they are a word of their own.
    [['S3_SECRET'], 'S3_SECRET'],
    [['awsS3Key'], 'AWS_S3_KEY'],
    [['oauth2Token'], 'OAUTH2_TOKEN'],
    [['API_KEY_V2'], 'API_KEY_V2'],
    [['key_2'], 'KEY_2'],
    [['keys', '2'], 'KEYS_2'],
    [['v2', 'apiKey'], 'V2_API_KEY'],
    [['n8nApiUrl'], 'N8N_API_URL'],
    [['N8N_API_URL'], 'N8N_API_URL'],
    [['k8sToken'], 'K8S_TOKEN'],
    [['S3Secret'], 'S3_SECRET'],
    [[], ''],
  ])('%j → %s', (segments, name) => {
    expect(toEnvName(segments)).toBe(name);
  });
});
