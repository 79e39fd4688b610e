import { describe, expect, it } from 'vitest';
import {
  isCommonPassword,
  isCredentialLikeValue,
  isCapitalisedName,
  isOwnName,
  isSecretFallbackValue,
  isSinkSecretValue,
  isStructuredValue,
  mayBeCredentialValue,
} from '../../../src/analysis/secrets/credential-values';

describe('isCredentialLikeValue', () => {
  it.each([
    ['hunter2', 'password'],
    ['S3cr3t!', 'password'],
    ['123456', 'password'],
    ['supersecret', 'jwtSecret'],
    ['mypassword1', 'password'],
    // camel-case words and a number of three or more digits, as people make passwords
    ['ucTest123', 'password'],
    // sixteen or more letters drawn at random or mashed on a keyboard: few vowels
    ['fjlkaafsjdjfskjfasdsaflkjafdsdsaf', 'JWT_KEY'],
    ['myPass2024', 'dbPassword'],
    ['a8f5f167f44f4964e6c998dee827110c', 'apiKey'],
    ['Xk9_aB3dE5fG', 'token'],
    // Not a version range: a caret inside, or a pre-release part that is no pre-release word.
    ['9^0.3xK2', 'token'],
    ['9.0.3-Xk9fL2mQ7', 'token'],
    // Google's app passwords as its account page shows them: the one credential written with spaces.
    ['hjmz efil jhep avln', 'pass'],
    ['ppzj vzgj awme szjr', 'EMAIL_PASSWORD'],
    // Parentheses around a name after a random or password-like part are still a credential.
    ['P@ss(w0rd)', 'password'],
    ['Xk9mPq2wLs(abc)', 'token'],
    // Words and then a digit string people use as a password (json-server-auth's JWT secret).
    ['json-server-auth-123456', 'JWT_SECRET_KEY'],
    ['admin_12345678', 'password'],
    // Snake case that says whose or how secret it is: a development secret.
    ['my_jwt_secret_key', 'JWT_SECRET'],
    ['super_secret_key', 'secret'],
    ['my_password', 'password'],
    ['top_secret', 'secret'],
    // Snake case with a secret word and a year at the end: a development secret, not a field's name.
    ['luxestay_jwt_secret_key_2026', 'JWT_SECRET'],
    ['shop_db_password_1999', 'DB_PASSWORD'],
  ])('%j under %s is a credential', (value, name) => {
    expect(isCredentialLikeValue(value, name)).toBe(true);
  });

  it.each([
    // camel-case names with a short number
    ['userId2', 'password'],
    // long lower-case words and runs along the alphabet
    ['internationalization', 'secretKey'],
    ['abcdefghijklmnopqrstuvwxyz', 'secretKey'],
    ['inputPassword1', 'password'],
    ['Password', 'password'],
    ['Passwort', 'password'],
    ['Mot de passe', 'password'],
    ['Пароль', 'password'],
    ['Enter your password', 'passwordPlaceholder'],
    // The documented sample app password, its placeholder, and other shapes of words with spaces.
    ['abcd efgh ijkl mnop', 'pass'],
    ['xxxx xxxx xxxx xxxx', 'pass'],
    ['hjmz efil jhep', 'pass'],
    ['hjmz efil jhep avln ktqw', 'pass'],
    ['Hjmz Efil Jhep Avln', 'pass'],
    ['hjmz  efil jhep avln', 'pass'],
    // A name applied to a name: how dependency-injection tokens and keys are built.
    ['BULLMQ_CONFIG(default)', 'BULL_CONFIG_DEFAULT_TOKEN'],
    ['getQueueToken(mail)', 'token'],
    // Identifiers with numbers that are no common password, or a test value's prefix.
    ['aes-256-gcm', 'secret'],
    ['release-20240101', 'token'],
    ['session_424242', 'token'],
    ['test-123456', 'password'],
    // Field and parameter names with a secret word, and a lead without one.
    ['client_secret', 'secret'],
    ['new_password', 'password'],
    ['my_session_id', 'token'],
    // A year without a secret word, a secret word without a year at the end, a number that is no year.
    ['release_notes_2026', 'token'],
    ['jwt_secret_2026_key', 'secret'],
    ['client_secret_3026', 'secret'],
    ['myself_secret', 'secret'],
    ['password', 'password'],
    ['DB_PASSWORD', 'password'],
    ['', 'password'],
    ['changeme', 'password'],
    ['${SECRET}', 'secret'],
    ['/run/secrets/db', 'password'],
    ['prod/db/password', 'secretName'],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', 'secret'],
    ['https://auth.internal/token', 'token'],
    ['./keys/private.pem', 'privateKey'],
    ['include', 'credentials'],
    ['same-origin', 'credentials'],
    ['user_password', 'password'],
    ['x-api-key', 'apiKey'],
    ['accessToken', 'token'],
    ['required|min:8', 'password'],
    ['$2b$10$abcdefghijklmnopqrstuv', 'password'],
    ['sha256', 'secret'],
    ['1.2.3', 'token'],
    // npm version ranges, as in a bundled package.json's dependencies (`jsonwebtoken: '^9.0.3'`).
    ['^9.0.3', 'jsonwebtoken'],
    ['~1.2.x', 'tokens'],
    ['>=18.0.0', 'passport'],
    ['^1.0.0-beta.2', 'secret'],
    ['hidden', 'password'],
    ['abc', 'password'],
    ['auth.password.label', 'password'],
    ['test-password', 'password'],
    ['wrong-secret', 'secret'],
    ['new-password', 'password'],
    // A page of a browser extension, with its hash route.
    ['popup/index.html#/at-risk-passwords', 'AtRiskPasswords'],
  ])('%j under %s is not', (value, name) => {
    expect(isCredentialLikeValue(value, name)).toBe(false);
  });
});

describe('isOwnName', () => {
  it('matches the key and its last word, ignoring case and separators', () => {
    expect(isOwnName('Password', 'password')).toBe(true);
    expect(isOwnName('api-key', 'apiKey')).toBe(true);
    expect(isOwnName('secret', 'clientSecret')).toBe(true);
    expect(isOwnName('hunter2', 'password')).toBe(false);
  });

  it("takes a value made of two or more of the key's words as a name (a dependency-injection token)", () => {
    expect(isOwnName('TenantMember', 'TENANT_MEMBER_MODEL_TOKEN')).toBe(true);
    expect(isOwnName('UserRepository', 'USER_REPOSITORY_TOKEN')).toBe(true);
    expect(isOwnName('DatabaseConnection', 'databaseConnectionToken')).toBe(true);
    // A word of the value that the key does not have, or a single word, or more than letters.
    expect(isOwnName('SuperSecretToken', 'AUTH_TOKEN')).toBe(false);
    expect(isOwnName('TenantMemberXk', 'TENANT_MEMBER_TOKEN')).toBe(false);
    expect(isOwnName('Tenant', 'TENANT_MEMBER_TOKEN')).toBe(false);
    expect(isOwnName('TenantMember1', 'TENANT_MEMBER_TOKEN')).toBe(false);
  });

  it("takes a value that goes on from all of the key's words as an option of that setting", () => {
    expect(isOwnName('forceChangePasswordNextSignIn', 'forceChangePassword')).toBe(true);
    expect(isOwnName('resetPasswordViaEmail', 'reset_password')).toBe(true);
    // Not from the first word on, not all of a two-word key, a one-word key, digits.
    expect(isOwnName('NewForceChangePasswordValue', 'forceChangePassword')).toBe(false);
    expect(isOwnName('forceSecretValueHere', 'forceChangePassword')).toBe(false);
    expect(isOwnName('passwordOfTheAdmin', 'password')).toBe(false);
    expect(isOwnName('adminPassword2024', 'adminPassword')).toBe(false);
  });
});

describe('isCredentialLikeValue: identifiers led by underscores', () => {
  it('takes an identifier after leading underscores as a name', () => {
    expect(isCredentialLikeValue('__clerkAuthToken', 'AuthToken')).toBe(false);
    expect(isCredentialLikeValue('_session_token', 'token')).toBe(false);
  });

  it('keeps what would be a credential without the underscores', () => {
    expect(isCredentialLikeValue('_x9Fq2LmZ7pT4vB8n', 'token')).toBe(true);
    expect(isCredentialLikeValue('__my-secret-key', 'secret')).toBe(true);
    expect(isCredentialLikeValue('__supersecret', 'secret')).toBe(true);
  });
});

describe('isCapitalisedName', () => {
  it('takes two to four capitalised words without a secret word as a name', () => {
    expect(isCapitalisedName('MultiDevice')).toBe(true);
    expect(isCapitalisedName('WebSocketServer')).toBe(true);
  });

  it('keeps secret words, digits, other characters, a single word and longer runs', () => {
    expect(isCapitalisedName('SuperSecretToken')).toBe(false);
    expect(isCapitalisedName('MyPassword')).toBe(false);
    expect(isCapitalisedName('MultiDevice7')).toBe(false);
    expect(isCapitalisedName('Multi-Device')).toBe(false);
    expect(isCapitalisedName('Device')).toBe(false);
    expect(isCapitalisedName('OneTwoThreeFourFive')).toBe(false);
    expect(isCapitalisedName('XKcd')).toBe(false);
  });
});

describe('isOwnName: storage key constants', () => {
  it("takes a `KEY_…` constant's value that carries the name's last word as the name of a key", () => {
    expect(isOwnName('WAToken1', 'KEY_CLIENT_TOKEN')).toBe(true);
    expect(isOwnName('WASecretKey', 'KEY_SECRET')).toBe(true);
    expect(isOwnName('app:refresh_token', 'keyRefreshToken')).toBe(true);
  });

  it('keeps values without the word, names that do not start with `key`, and text that is no name', () => {
    // Razorpay's `key_secret` holds the secret itself.
    expect(isOwnName('Xk29aQ7mRt5bLw', 'key_secret')).toBe(false);
    expect(isOwnName('mysecret', 'key_secret')).toBe(false);
    expect(isOwnName('WAToken1', 'CLIENT_TOKEN')).toBe(false);
    expect(isOwnName('WAToken1', 'API_KEY_TOKEN')).toBe(false);
    expect(isOwnName('a token/1', 'KEY_CLIENT_TOKEN')).toBe(false);
  });
});

describe('isOwnName: components named after the key', () => {
  it("takes the key's word followed by a component's noun, in PascalCase, as a name", () => {
    expect(isOwnName('PasswordWidget', 'y.string.password')).toBe(true);
    expect(isOwnName('TokenInput', 'token')).toBe(true);
    expect(isOwnName('SecretFieldEditor', 'clientSecret')).toBe(true);
    // OAuth grants as an OpenAPI document's types name them (Redocly's `OAuth2Flows`).
    expect(isOwnName('PasswordFlow', 'OAuth2Flows.properties.password')).toBe(true);
    expect(isOwnName('PasswordGrant', 'password')).toBe(true);
    // Not the key's word first, no component noun last, not PascalCase, or more than letters.
    expect(isOwnName('MyPasswordWidget', 'password')).toBe(false);
    expect(isOwnName('PasswordSecure', 'password')).toBe(false);
    expect(isOwnName('PasswordFlow2', 'password')).toBe(false);
    expect(isOwnName('TokenFlow', 'password')).toBe(false);
    expect(isOwnName('passwordWidget', 'password')).toBe(false);
    expect(isOwnName('PasswordWidget1', 'password')).toBe(false);
    expect(isOwnName('TokenInput', 'password')).toBe(false);
  });
});

describe('isCommonPassword', () => {
  it('knows the passwords strength checks compare against', () => {
    expect(isCommonPassword('123456')).toBe(true);
    expect(isCommonPassword('Qwerty')).toBe(true);
    expect(isCommonPassword('k9!Tz')).toBe(false);
  });
});

describe('isSecretFallbackValue', () => {
  it.each(['dev-secret', 'keyboard cat', 'secret', 'changeme'])('%j is a secret fallback', (value) => {
    expect(isSecretFallbackValue(value)).toBe(true);
  });
  it.each(['', '  ', '${JWT}', 'OTHER_VAR', 'true', 'undefined', './secret.pem', 'https://vault.internal'])('%j is not', (value) => {
    expect(isSecretFallbackValue(value)).toBe(false);
  });
});

describe('isSinkSecretValue', () => {
  it('takes any non-empty value but public keys and markers', () => {
    expect(isSinkSecretValue('keyboard cat')).toBe(true);
    expect(isSinkSecretValue('secret')).toBe(true);
    expect(isSinkSecretValue('')).toBe(false);
    expect(isSinkSecretValue('${SECRET}')).toBe(false);
    expect(isSinkSecretValue('-----BEGIN PUBLIC KEY-----\nMIIB')).toBe(false);
  });
});

describe('identifier look-alikes', () => {
  it.each(['k3y9Zq81pW', 'tok3n-9zq81', 'aB3dE5fG7h'])('%j is random, not an identifier', (value) => {
    expect(isCredentialLikeValue(value, 'apiKey')).toBe(true);
  });
  it.each(['authTokenV2', 'oauth2Token', 'aes-256-gcm', 'user_password2'])('%j is an identifier', (value) => {
    expect(isCredentialLikeValue(value, 'apiKey')).toBe(false);
  });
});

describe('dot-prefixed identifiers', () => {
  // Bootstrap's `const DATA_API_KEY = '.data-api'` (an event namespace), CSS classes.
  it.each(['.data-api', '.bs.modal', '.dropdown'])('%j is an identifier', (value) => {
    expect(isCredentialLikeValue(value, 'DATA_API_KEY')).toBe(false);
  });
  it.each(['.k3y9Zq81pW', '.my-secret-2024', '.supersecret'])('%j is still a credential', (value) => {
    expect(isCredentialLikeValue(value, 'apiKey')).toBe(true);
  });
});

describe('quoted identifiers', () => {
  // Chrome DevTools' heap snapshot parser: `const snapshotToken = '"snapshot"'`, the JSON key it looks for.
  it.each(['"snapshot"', "'nodes'", '`edge_count`', '"traceFunctionInfos"'])('%j under token is a word of another language', (value) => {
    expect(isCredentialLikeValue(value, 'snapshotToken')).toBe(false);
  });
  // Quotes around a random value, a password or a secret word, or only on one side, leave it a credential.
  it.each(['"hunter2"', '"Xk9_aB3dE5fG"', "'supersecret'", '"snapshot', '"snapshot\''])('%j under token is still a credential', (value) => {
    expect(isCredentialLikeValue(value, 'token')).toBe(true);
  });
});

describe('keys as another language writes them', () => {
  // An editor's completions for a YAML rule language: `{ token: 'action:', after: '\n' }`.
  it.each(['action:', 'condition:', 'priority:', 'requestHeaders:', 'excludedRequestDomains:', 'redirect_url:'])('%j under token is a key', (value) => {
    expect(isCredentialLikeValue(value, 'token')).toBe(false);
  });
  // A random value, a dev secret or a user:password pair with a colon at the end stays a credential.
  it.each(['Xk9aB3dE5fG:', 'my-jwt-secret:', 'supersecret:', 'admin:hunter2', 'user:pass:'])('%j under token is still a credential', (value) => {
    expect(isCredentialLikeValue(value, 'token')).toBe(true);
  });
});

describe('references to grammar states and capture groups', () => {
  // Monaco's Monarch grammars: `{ token: '@rematch' }`, `{ token: 'keyword.$0', next: '@pop' }`.
  it.each(['@rematch', '@brackets', '@brackets.directive', '@typeKeywords', 'keyword.$0', 'string.$S2.delim', 'keyword.tag-$1', 'comment.keyword.$2', 'string.$#', 'keyword.$0x', '@modifier.$0x'])(
    '%j under token is a reference',
    (value) => {
      expect(isCredentialLikeValue(value, 'token')).toBe(false);
      expect(isStructuredValue(value)).toBe(true);
    },
  );
  // A leading `@` or a `$` does not make a random or mixed value a reference.
  it.each(['@Xk9_aB3dE5fG', '@dmin123', 'pa$$w0rd!', 'Pa$1word', '@supersecret', 'k3y.$1x', 'A$1b2C3d', '@my-secret.$1', 'keyword.$0X9kQ', 'token.$0secret'])('%j under token is still a credential', (value) => {
    expect(isCredentialLikeValue(value, 'token')).toBe(true);
  });
});

describe('isStructuredValue', () => {
  it.each(['TIME_24_WITH_SECONDS', 'n8n-chat/sessionId', 'hostSettings:signingKey', 'Token holen', 'API-Token', '1.2.3', 'https://x.internal/a', 'X-Shopify-Hmac-Sha256', 'x-api-key', 'Shopify-Storefront-Private-Token'])('%j has structure', (value) => {
    expect(isStructuredValue(value)).toBe(true);
  });
  it.each(['q8Zr2mK4pW9xT3vN7bL1', 'a8f5f167f44f4964e6c998dee827110c', 'Xk9-aB3dE5fG7h-Q2w', 'Xk9mPq-Zr2wLsT3'])('%j does not', (value) => {
    expect(isStructuredValue(value)).toBe(false);
  });
});

describe('mayBeCredentialValue', () => {
  it.each(['hunter2', 'S3cr3t!', '123456', 'q8Zr2mK4pW9xT3vN7bL1', 'a-b_c.d', 'hjmz efil jhep avln'])('%j may be a credential', (value) => {
    expect(mayBeCredentialValue(value)).toBe(true);
  });
  it.each(['', 'abc12', 'Mot de passe', 'tab\there', 'line\nbreak', 'nbsp\u00a0x', 'Passwört1'])('%j cannot be one', (value) => {
    expect(mayBeCredentialValue(value)).toBe(false);
  });
  // The pre-test may only skip what both later checks reject, whatever the name.
  it.each(['abc12', 'Mot de passe', 'tab\there', 'Passwört1', 'xxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyy', 'abcd efgh ijkl mnop', 'hjmz\tefil\tjhep\tavln'])('%j rejected by the pre-test is neither a credential nor unstructured', (value) => {
    expect(mayBeCredentialValue(value)).toBe(false);
    for (const name of ['password', 'apiKey', 'secret', 'pass']) expect(isCredentialLikeValue(value, name)).toBe(false);
    expect(value.length < 8 || isStructuredValue(value)).toBe(true);
  });
});
