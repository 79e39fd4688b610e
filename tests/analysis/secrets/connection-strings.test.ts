import { describe, expect, it } from 'vitest';
import {
  findKeyValuePassword,
  findQuerySecret,
  isConnectionKeyValue,
  findUrls,
  getRemoteHostName,
  isCodeExpression,
  isLocalDefaultPassword,
  isLocalHost,
  isPlaceholderHost,
  isPlaceholderPassword,
  isSingleLabelHost,
  mayHoldKeyValuePassword,
  parseUrlAt,
  splitHostPort,
  UNKNOWN,
} from '../../../src/analysis/secrets/connection-strings';

describe('findUrls', () => {
  it.each([
    ['postgres://app:S3cret@db.internal:5432/app', { scheme: 'postgres', user: 'app', password: 'S3cret', hosts: ['db.internal'], port: '5432' }],
    ['redis://:pw@cache.internal:6379/0', { scheme: 'redis', user: '', password: 'pw', hosts: ['cache.internal'], port: '6379' }],
    ['mongodb+srv://u:p@cluster0.abcde.mongodb.net/db?retryWrites=true', { scheme: 'mongodb+srv', user: 'u', password: 'p', hosts: ['cluster0.abcde.mongodb.net'], port: undefined }],
    ['mongodb://u:p@a.internal:27017,b.internal:27017/db', { scheme: 'mongodb', user: 'u', password: 'p', hosts: ['a.internal', 'b.internal'], port: '27017' }],
    ['amqp://guest@localhost', { scheme: 'amqp', user: 'guest', password: undefined, hosts: ['localhost'], port: undefined }],
    ['redis://[::1]:6379', { scheme: 'redis', user: undefined, password: undefined, hosts: ['::1'], port: '6379' }],
    ['https://user:p@ss@registry.internal/', { scheme: 'https', user: 'user', password: 'p@ss', hosts: ['registry.internal'], port: undefined }],
    ['jdbc:postgresql://db.internal/app', { scheme: 'postgresql', user: undefined, password: undefined, hosts: ['db.internal'], port: undefined }],
  ])('parses %s', (text, expected) => {
    const [url] = findUrls(text);
    expect(url).toMatchObject(expected);
  });

  it('finds URLs inside sentences, at their position', () => {
    const urls = findUrls('use postgres://a:b@h1/db or mysql://h2');
    expect(urls.map((url) => [url.scheme, url.start])).toEqual([
      ['postgres', 4],
      ['mysql', 28],
    ]);
  });

  it('keeps unknown template parts visible', () => {
    const [url] = findUrls(`postgres://app:${UNKNOWN}@db/app`);
    expect(url?.password).toBe(UNKNOWN);
  });

  it('needs a scheme before ://', () => {
    expect(parseUrlAt('://host', 0)).toBeUndefined();
    expect(findUrls('no url here')).toEqual([]);
  });
});

describe('findKeyValuePassword', () => {
  it.each([
    ['Server=tcp:x.database.windows.net,1433;User ID=app;Password=Zx9!kk;', 'Password', 'Zx9!kk'],
    ['host=db.internal port=5432 user=app password=S3cret dbname=app', 'password', 'S3cret'],
    ["Data Source=db;Pwd='quoted pw';", 'Pwd', 'quoted pw'],
    ['Driver={ODBC};PWD={br;aced}', 'PWD', 'br;aced'],
    ['user=a&password=b2', 'password', 'b2'],
  ])('%s', (text, key, value) => {
    expect(findKeyValuePassword(text)).toMatchObject({ key, value });
  });

  it.each(['no pairs here', 'newPassword=x', 'a=b;c=d'])('finds nothing in %j', (text) => {
    expect(findKeyValuePassword(text)).toBeUndefined();
  });
});

describe('mayHoldKeyValuePassword', () => {
  it.each(['Server=db;Password=x;', 'host=db PWD=x', 'user=a&passwd=b', 'PASSWORD = x'])('is true for %j', (text) => {
    expect(mayHoldKeyValuePassword(text)).toBe(true);
  });

  // Markup, SQL and queries have a `=` and no password key: the connection checks skip them.
  it.each(['<div class="row">', 'WHERE id = $1', 'a=b;c=d', 'password reset', ''])('is false for %j', (text) => {
    expect(mayHoldKeyValuePassword(text)).toBe(false);
  });

  it('is true wherever findKeyValuePassword finds a pair', () => {
    for (const text of ['Server=tcp:x;User ID=app;Password=Zx9!kk;', "Data Source=db;Pwd='quoted pw';", 'user=a&password=b2']) {
      expect(findKeyValuePassword(text)).toBeDefined();
      expect(mayHoldKeyValuePassword(text)).toBe(true);
    }
  });
});

describe('findQuerySecret', () => {
  const at = (text: string) => {
    const url = findUrls(text)[0];
    if (!url) throw new Error(`no URL in ${text}`);
    return findQuerySecret(text, url);
  };
  it.each([
    ['https://api.hypixel.net/skyblock/profile?key=c7201cc5-0067&profile=1', 'key', 'c7201cc5-0067'],
    ['https://api.giphy.com/v1/gifs/random?api_key=lbEp0L5We0t2#top', 'api_key', 'lbEp0L5We0t2'],
    ['see https://x.io/a?lang=en&accessToken=abc123 for details', 'accessToken', 'abc123'],
    ['http://x.io/a?client_secret=s3cr3t&x=1', 'client_secret', 's3cr3t'],
    ['"https://x.io/?token=t0k3n"', 'token', 't0k3n'],
  ])('%s', (text, param, value) => {
    expect(at(text)).toMatchObject({ param, value });
  });

  it.each([
    'https://x.io/list?pageToken=CAoQAA&monkey=1',
    'https://x.io/path/key=1',
    'https://x.io/?q=1 and then ?key=abc in prose',
    'mongodb://db/app?authSource=admin&key=abc',
    'https://x.io/no-query',
  ])('finds nothing in %j', (text) => {
    expect(at(text)).toBeUndefined();
  });
});

describe('isConnectionKeyValue', () => {
  it.each([
    'Server=tcp:x.database.windows.net,1433;User ID=app;Password=Zx9!kk;',
    'host=db.internal port=5432 user=app password=S3cret dbname=app',
    'hostaddr=10.0.0.5 password=S3cret',
    'Data Source=db Password=S3cret',
  ])('%s is a connection string', (text) => {
    expect(isConnectionKeyValue(text)).toBe(true);
  });
  it.each(['user=a&password=b2', 'email=staff@foo.com&password=ghrarhr54hg', 'password=ghrarhr54hg', 'grant_type=password&username=admin&password=Zq81pWx&localhost=1'])('%s is a form body', (text) => {
    expect(isConnectionKeyValue(text)).toBe(false);
  });
});

describe('isCodeExpression', () => {
  it.each(['basic["username"],', 'os.environ.get("DB_PASSWORD")', 'getpass()', 'config[key]', 'self.settings.db["password"]'])('%s is code', (value) => {
    expect(isCodeExpression(value)).toBe(true);
  });
  // Passwords, also with brackets or parentheses not after a name or not followed by one.
  it.each(['S3cretPw', 'Zx9!kk77', 'abc[12]x', 'pw(1)', '(secret)', 'a.b.c', 'x['])('%s is not', (value) => {
    expect(isCodeExpression(value)).toBe(false);
  });
});

describe('hosts', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '0.0.0.0', 'api.localhost', 'host.docker.internal'])('%s is local', (host) => {
    expect(isLocalHost(host)).toBe(true);
  });
  it.each(['10.0.0.5', '192.168.1.10', '172.16.0.1', 'db.internal', 'redis', '127.0.0.999'])('%s is not local', (host) => {
    expect(isLocalHost(host)).toBe(false);
  });
  it.each(['host', 'example.com', 'db.example.org', 'foo.test', '<host>', `a${UNKNOWN}`, 'your-db-host', 'xxx.mongodb.net', '', 'DB_HOST', 'GM_DBURL', 'host.upstash.io', 'hostname.rds.amazonaws.com', 'cluster0.mongodb.net', 'Cluster0.MongoDB.net', '<cluster>.mongodb.net', '{host}.rds.amazonaws.com'])('%j is a placeholder host', (host) => {
    expect(isPlaceholderHost(host)).toBe(true);
  });
  // A docker-compose name may have an underscore; only a variable's name is written in capitals.
  it.each(['mongo_db', 'db_host', 'Db_Host', 'redis', 'db.prod.internal', 'cluster0.ab1cd.mongodb.net', 'cluster0-ab1cd.mongodb.net', 'quiz-cards-cluster-hwc6f.mongodb.net', 'mongodb.net', 'cloud.mongodb.com', 'server1.acme.io', 'eu1-wise-owl-3341.upstash.io'])('%j is no placeholder host', (host) => {
    expect(isPlaceholderHost(host)).toBe(false);
  });
  it('keeps a variable name as a URL host as written, and lower-cases host names', () => {
    expect(findUrls('postgres://DB_USER:DB_PASS@DB_HOST:5432/DB_NAME')[0]?.hosts).toEqual(['DB_HOST']);
    expect(findUrls('postgres://app@DB.Prod.Internal,Db_Replica/app')[0]?.hosts).toEqual(['db.prod.internal', 'db_replica']);
  });
  it.each([
    ['db.prod.internal', 'db.prod.internal'],
    ['DB-1.Prod.Company.com:5432', 'db-1.prod.company.com'],
    ['10.0.4.12', '10.0.4.12'],
    ['10.0.4.12:6379', '10.0.4.12'],
    ['xn--bcher-kva.shop.de', 'xn--bcher-kva.shop.de'],
  ])('%j is the remote host %j', (value, host) => {
    expect(getRemoteHostName(value)).toBe(host);
  });
  it.each(['localhost', '127.0.0.1:6379', 'redis', 'db.example.com', '1.2.3', '', 'db..internal', '.db.internal', 'db.internal.', '-db.internal', 'db-.internal', 'db.prod.internal/app', 'db prod', 'host name.com', 'db_1.internal'])(
    '%j is no remote host name',
    (value) => {
      expect(getRemoteHostName(value)).toBeUndefined();
    },
  );
  it('knows single-label development names', () => {
    expect(isSingleLabelHost('redis')).toBe(true);
    expect(isSingleLabelHost('redis.prod.internal')).toBe(false);
    expect(isSingleLabelHost('localhost')).toBe(false);
  });
  it('splits host and port', () => {
    expect(splitHostPort('db.internal:5432')).toEqual({ host: 'db.internal', port: '5432' });
    expect(splitHostPort('[::1]:6379')).toEqual({ host: '::1', port: '6379' });
    expect(splitHostPort('db')).toEqual({ host: 'db', port: undefined });
  });
});

describe('passwords', () => {
  it.each(['password', 'pass', '<password>', '${DB_PASSWORD}', '****', 'pw', UNKNOWN])('%j is a placeholder password', (value) => {
    expect(isPlaceholderPassword(value)).toBe(true);
  });
  it.each(['S3cret', 'hunter2'])('%j is a password', (value) => {
    expect(isPlaceholderPassword(value)).toBe(false);
  });
  // A password that names itself (`twilio://AccountSid:AuthToken@…`) is a placeholder; a digit makes a weak password of the name.
  it.each(['AuthToken', 'REDIS_PASSWORD', 'dbPassword', 'db_password'])('%j names itself', (value) => {
    expect(isPlaceholderPassword(value)).toBe(true);
  });
  it.each(['password123', 'password1', 'secret1', 'Pg_pass_2024', 'pass_2024'])('%j is a weak password, not a name', (value) => {
    expect(isPlaceholderPassword(value)).toBe(false);
  });
  it('knows local development defaults', () => {
    expect(isLocalDefaultPassword('postgres', 'postgres')).toBe(true);
    expect(isLocalDefaultPassword('guest', 'guest')).toBe(true);
    expect(isLocalDefaultPassword('same', 'same')).toBe(true);
    expect(isLocalDefaultPassword('S3cret', 'app')).toBe(false);
  });
});
