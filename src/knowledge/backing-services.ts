import type { ModuleMember } from '../analysis/modules';

/**
 * Backing services (databases, caches, queues, brokers, mail servers, remote APIs) and how code
 * attaches them: URL schemes, and the client constructors whose options or positional arguments
 * name a host, a URL, a port or a password.
 */

/** What an option or argument holds. `hosts`: an array of `host[:port]` strings (brokers, nodes). */
export type OptionRole = 'host' | 'hosts' | 'url' | 'password' | 'port';

export interface OptionKey {
  /** Key path inside the options object: `['socket', 'host']`. */
  readonly path: readonly string[];
  readonly role: OptionRole;
}

export interface PositionalArgument {
  readonly argument: number;
  readonly role: OptionRole;
  /** Only when the call has at least this many arguments (`new Sequelize(db, user, password)`). */
  readonly minArguments?: number;
}

export interface BackingServiceClient {
  /** How messages name it: `pg Pool`. */
  readonly label: string;
  /** Arguments that may be an options object (checked for `keys` when they are one). */
  readonly optionArguments: readonly number[];
  readonly keys: readonly OptionKey[];
  readonly positional: readonly PositionalArgument[];
  /** Environment variable per role, for messages and suggestions. */
  readonly env: Readonly<Record<OptionRole, string>>;
  /**
   * The options are what the `useFactory` of the argument returns: a NestJS module's
   * `forRootAsync({ useFactory: (config) => ({ host, password }), inject })`.
   */
  readonly factory?: true;
}

/** A NestJS module's `…Async()` form of a client's options: the same keys, returned by `useFactory`. */
const async = (info: BackingServiceClient, label: string): BackingServiceClient => ({ ...info, label, factory: true });

function env(prefix: string, url: string, separator = '_'): Readonly<Record<OptionRole, string>> {
  return {
    host: `${prefix}${separator}HOST`,
    hosts: `${prefix}${separator}HOST`,
    url,
    password: `${prefix}${separator}PASSWORD`,
    port: `${prefix}${separator}PORT`,
  };
}

const PG_ENV = env('PG', 'DATABASE_URL', '');
const MYSQL_ENV = env('MYSQL', 'DATABASE_URL');
const DB_ENV = env('DB', 'DATABASE_URL');
const MONGO_ENV = env('MONGODB', 'MONGODB_URI');
const REDIS_ENV = env('REDIS', 'REDIS_URL');
const AMQP_ENV = env('AMQP', 'AMQP_URL');
const KAFKA_ENV = { ...env('KAFKA', 'KAFKA_BROKERS'), hosts: 'KAFKA_BROKERS' };
const SMTP_ENV = env('SMTP', 'SMTP_URL');
const AWS_ENV = { ...env('AWS', 'AWS_ENDPOINT_URL'), host: 'AWS_ENDPOINT_URL' };
const ELASTIC_ENV = { ...env('ELASTICSEARCH', 'ELASTICSEARCH_URL'), hosts: 'ELASTICSEARCH_URL' };
const CASSANDRA_ENV = { ...env('CASSANDRA', 'CASSANDRA_URL'), hosts: 'CASSANDRA_CONTACT_POINTS' };
const NATS_ENV = { ...env('NATS', 'NATS_URL'), hosts: 'NATS_SERVERS' };
const MSSQL_ENV = env('MSSQL', 'DATABASE_URL');
const NEO4J_ENV = env('NEO4J', 'NEO4J_URI');
const MQTT_ENV = env('MQTT', 'MQTT_URL');
const COUCHBASE_ENV = env('COUCHBASE', 'COUCHBASE_URL');
const MINIO_ENV = { ...env('MINIO', 'MINIO_URL'), host: 'MINIO_ENDPOINT', password: 'MINIO_SECRET_KEY' };
const OPENSEARCH_ENV = { ...env('OPENSEARCH', 'OPENSEARCH_URL'), hosts: 'OPENSEARCH_URL' };

const key = (path: string, role: OptionRole): OptionKey => ({ path: path.split('.'), role });
const HOST_PORT_PASSWORD: readonly OptionKey[] = [key('host', 'host'), key('port', 'port'), key('password', 'password')];

function client(
  label: string,
  envNames: Readonly<Record<OptionRole, string>>,
  keys: readonly OptionKey[],
  optionArguments: readonly number[] = [0],
  positional: readonly PositionalArgument[] = [],
): BackingServiceClient {
  return { label, optionArguments, keys, positional, env: envNames };
}

const pg = client('pg', PG_ENV, [...HOST_PORT_PASSWORD, key('connectionString', 'url')]);
const mysql = client('mysql', MYSQL_ENV, [...HOST_PORT_PASSWORD, key('uri', 'url')]);
const sequelize = client('Sequelize', DB_ENV, [...HOST_PORT_PASSWORD, key('replication.write.host', 'host')], [0, 1, 3], [{ argument: 2, role: 'password', minArguments: 3 }]);
const mongoose = client('mongoose', MONGO_ENV, [key('pass', 'password'), key('auth.password', 'password')], [1]);
const mongoClient = client('MongoClient', MONGO_ENV, [key('auth.password', 'password')], [1]);
const ioredis = client('ioredis', REDIS_ENV, [...HOST_PORT_PASSWORD, key('redisOptions.password', 'password')], [0, 1, 2], [
  { argument: 0, role: 'port' },
  { argument: 1, role: 'host' },
]);
const redis = client('redis', REDIS_ENV, [...HOST_PORT_PASSWORD, key('url', 'url'), key('socket.host', 'host'), key('socket.port', 'port')], [0, 2], [
  { argument: 0, role: 'port' },
  { argument: 1, role: 'host' },
]);
const amqplib = client('amqplib', AMQP_ENV, [key('hostname', 'host'), key('port', 'port'), key('password', 'password')]);
const kafkajs = client('kafkajs', KAFKA_ENV, [key('brokers', 'hosts'), key('sasl.password', 'password')]);
/** A NestJS microservice or client on the Kafka transport: kafkajs's options under `options.client`. */
const nestKafka = (label: string, optionArgument: number): BackingServiceClient =>
  client(label, KAFKA_ENV, [key('options.client.brokers', 'hosts'), key('options.client.sasl.password', 'password')], [optionArgument]);
const nodemailer = client('nodemailer', SMTP_ENV, [...HOST_PORT_PASSWORD, key('auth.pass', 'password'), key('auth.password', 'password'), key('url', 'url')]);
/** Where a client takes ioredis's options under a key (`{ connection: { host } }`): the same roles under it. */
const redisOptionsAt = (path: string): OptionKey[] => [key(`${path}.host`, 'host'), key(`${path}.port`, 'port'), key(`${path}.password`, 'password')];
const bullmq = (label: string, optionArgument: number): BackingServiceClient => client(label, REDIS_ENV, redisOptionsAt('connection'), [optionArgument]);
/** Bull 3–4's `redis` option: ioredis's options, or a URL. */
const BULL_REDIS_KEYS: readonly OptionKey[] = [...redisOptionsAt('redis'), key('redis', 'url')];
// Bull 3–4: new Queue(name, { redis: { host } }) or new Queue(name, 'redis://…', options).
const bull = client('bull Queue', REDIS_ENV, BULL_REDIS_KEYS, [1, 2], [{ argument: 1, role: 'url' }]);
const nestMailer = client('MailerModule.forRoot()', SMTP_ENV, [
  key('transport', 'url'),
  key('transport.host', 'host'),
  key('transport.port', 'port'),
  key('transport.auth.pass', 'password'),
  key('transport.auth.password', 'password'),
]);
const knex = client('knex', DB_ENV, [
  key('connection', 'url'),
  key('connection.host', 'host'),
  key('connection.port', 'port'),
  key('connection.password', 'password'),
  key('connection.connectionString', 'url'),
]);
const typeorm = client('TypeORM', DB_ENV, [...HOST_PORT_PASSWORD, key('url', 'url')]);
const mssql = client('mssql', MSSQL_ENV, [key('server', 'host'), key('port', 'port'), key('password', 'password')]);
const aws = (label: string): BackingServiceClient => client(label, AWS_ENV, [key('endpoint', 'url')]);
const elastic = client('@elastic/elasticsearch', ELASTIC_ENV, [key('node', 'url'), key('nodes', 'hosts'), key('auth.password', 'password')]);
const cassandra = client('cassandra-driver', CASSANDRA_ENV, [key('contactPoints', 'hosts'), key('credentials.password', 'password')]);
const nats = client('nats', NATS_ENV, [key('servers', 'hosts'), key('pass', 'password'), key('password', 'password')]);
// postgres.js: postgres(url, options) or postgres(options); `pass` is its alias of `password`.
const postgresJs = client('postgres()', PG_ENV, [...HOST_PORT_PASSWORD, key('pass', 'password')], [0, 1], [{ argument: 0, role: 'url' }]);
// neo4j.driver(url, auth, config), with the password in neo4j.auth.basic(user, password).
const neo4jDriver = client('neo4j.driver()', NEO4J_ENV, [], [], [{ argument: 0, role: 'url' }]);
const neo4jAuth = client('neo4j.auth.basic()', NEO4J_ENV, [], [], [{ argument: 1, role: 'password' }]);
// mqtt.connect(url, options) or mqtt.connect(options).
const mqtt = client('mqtt.connect()', MQTT_ENV, [key('host', 'host'), key('hostname', 'host'), key('port', 'port'), key('password', 'password')], [0, 1], [{ argument: 0, role: 'url' }]);
// couchbase.connect(url, { username, password }).
const couchbase = client('couchbase.connect()', COUCHBASE_ENV, [key('password', 'password')], [1], [{ argument: 0, role: 'url' }]);
const minio = client('MinIO Client', MINIO_ENV, [key('endPoint', 'host'), key('port', 'port'), key('secretKey', 'password')]);
const opensearch = client('@opensearch-project/opensearch', OPENSEARCH_ENV, [key('node', 'url'), key('nodes', 'hosts'), key('auth.password', 'password')]);
const mikroOrm = client('MikroORM.init()', DB_ENV, [...HOST_PORT_PASSWORD, key('clientUrl', 'url')]);
const MIKRO_ORM_MODULES = ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/mongodb', '@mikro-orm/mssql'];

const construct = (module: string, path: readonly string[], info: BackingServiceClient): ModuleMember<BackingServiceClient> => ({ module, path, kind: 'construct', info });
const call = (module: string, path: readonly string[], info: BackingServiceClient): ModuleMember<BackingServiceClient> => ({ module, path, kind: 'call', info });

const AWS_V3_CLIENTS: readonly (readonly [string, string])[] = [
  ['@aws-sdk/client-s3', 'S3Client'],
  ['@aws-sdk/client-s3', 'S3'],
  ['@aws-sdk/client-dynamodb', 'DynamoDBClient'],
  ['@aws-sdk/client-dynamodb', 'DynamoDB'],
  ['@aws-sdk/client-sqs', 'SQSClient'],
  ['@aws-sdk/client-sns', 'SNSClient'],
  ['@aws-sdk/client-ses', 'SESClient'],
  ['@aws-sdk/client-sesv2', 'SESv2Client'],
  ['@aws-sdk/client-kinesis', 'KinesisClient'],
  ['@aws-sdk/client-lambda', 'LambdaClient'],
  ['@aws-sdk/client-secrets-manager', 'SecretsManagerClient'],
  ['@aws-sdk/client-eventbridge', 'EventBridgeClient'],
];
const AWS_V2_CLIENTS = ['S3', 'DynamoDB', 'SQS', 'SNS', 'SES', 'Kinesis', 'Lambda', 'SecretsManager'];

/** Client constructors and connect functions of backing services. */
export const BACKING_SERVICE_CLIENTS: readonly ModuleMember<BackingServiceClient>[] = [
  construct('pg', ['Pool'], { ...pg, label: 'pg Pool' }),
  construct('pg', ['Client'], { ...pg, label: 'pg Client' }),
  ...['mysql', 'mysql2', 'mysql2/promise'].flatMap((module) => [
    call(module, ['createConnection'], { ...mysql, label: `${module} createConnection()` }),
    call(module, ['createPool'], { ...mysql, label: `${module} createPool()` }),
  ]),
  construct('sequelize', [], sequelize),
  construct('sequelize', ['Sequelize'], sequelize),
  construct('sequelize-typescript', ['Sequelize'], sequelize),
  // Moleculer's Sequelize adapter takes Sequelize's arguments: new SqlAdapter(db, user, password, { host }).
  construct('moleculer-db-adapter-sequelize', [], { ...sequelize, label: 'moleculer-db-adapter-sequelize' }),
  call('mongoose', ['connect'], { ...mongoose, label: 'mongoose.connect()' }),
  call('mongoose', ['createConnection'], { ...mongoose, label: 'mongoose.createConnection()' }),
  construct('mongodb', ['MongoClient'], mongoClient),
  call('mongodb', ['MongoClient', 'connect'], mongoClient),
  construct('ioredis', [], ioredis),
  construct('ioredis', ['Redis'], ioredis),
  // graphql-redis-subscriptions: new RedisPubSub({ connection: { host, port, password } }) (ioredis's options).
  construct('graphql-redis-subscriptions', ['RedisPubSub'], client('graphql-redis-subscriptions RedisPubSub', REDIS_ENV, redisOptionsAt('connection'))),
  construct('ioredis', ['default'], ioredis),
  construct('ioredis', ['Cluster'], { ...ioredis, label: 'ioredis Cluster', positional: [] }),
  call('redis', ['createClient'], { ...redis, label: 'redis createClient()' }),
  call('amqplib', ['connect'], { ...amqplib, label: 'amqplib connect()' }),
  call('amqplib/callback_api', ['connect'], { ...amqplib, label: 'amqplib connect()' }),
  construct('kafkajs', ['Kafka'], kafkajs),
  // NestJS's Kafka transport: NestFactory.createMicroservice(AppModule, { transport: Transport.KAFKA, options: { client: { brokers } } }),
  // ClientProxyFactory.create({ … }) and ClientsModule.register([{ name, transport, options }]) (a list of clients).
  call('@nestjs/core', ['NestFactory', 'createMicroservice'], nestKafka('NestJS Kafka transport', 1)),
  call('@nestjs/microservices', ['ClientProxyFactory', 'create'], nestKafka('NestJS Kafka client', 0)),
  call('@nestjs/microservices', ['ClientsModule', 'register'], nestKafka('NestJS Kafka client', 0)),
  call('nodemailer', ['createTransport'], { ...nodemailer, label: 'nodemailer createTransport()' }),
  // nodemailer 1–2's transport packages, whose options createTransport() is then handed.
  call('nodemailer-smtp-transport', [], { ...nodemailer, label: 'nodemailer-smtp-transport' }),
  call('nodemailer-smtp-pool', [], { ...nodemailer, label: 'nodemailer-smtp-pool' }),
  call('knex', [], knex),
  call('knex', ['knex'], knex),
  call('knex', ['default'], knex),
  construct('typeorm', ['DataSource'], { ...typeorm, label: 'TypeORM DataSource' }),
  call('typeorm', ['createConnection'], { ...typeorm, label: 'TypeORM createConnection()' }),
  call('@nestjs/typeorm', ['TypeOrmModule', 'forRoot'], { ...typeorm, label: 'TypeOrmModule.forRoot()' }),
  call('@nestjs/typeorm', ['TypeOrmModule', 'forRootAsync'], async(typeorm, 'TypeOrmModule.forRootAsync()')),
  // Job queues on Redis: BullMQ's queues, workers and flows, Bull's queues, and NestJS's modules for both.
  construct('bullmq', ['Queue'], bullmq('BullMQ Queue', 1)),
  construct('bullmq', ['Worker'], bullmq('BullMQ Worker', 2)),
  construct('bullmq', ['QueueEvents'], bullmq('BullMQ QueueEvents', 1)),
  construct('bullmq', ['FlowProducer'], bullmq('BullMQ FlowProducer', 0)),
  construct('bull', [], bull),
  construct('bull', ['default'], bull),
  call('@nestjs/bullmq', ['BullModule', 'forRoot'], bullmq('BullModule.forRoot()', 0)),
  call('@nestjs/bullmq', ['BullModule', 'forRootAsync'], async(bullmq('BullModule.forRootAsync()', 0), 'BullModule.forRootAsync()')),
  call('@nestjs/bullmq', ['BullModule', 'registerQueue'], client('BullModule.registerQueue()', REDIS_ENV, redisOptionsAt('connection'), [0, 1, 2, 3])),
  call('@nestjs/bull', ['BullModule', 'forRoot'], client('BullModule.forRoot()', REDIS_ENV, BULL_REDIS_KEYS)),
  call('@nestjs/bull', ['BullModule', 'forRootAsync'], async(client('BullModule.forRootAsync()', REDIS_ENV, BULL_REDIS_KEYS), 'BullModule.forRootAsync()')),
  call('@nestjs/bull', ['BullModule', 'registerQueue'], client('BullModule.registerQueue()', REDIS_ENV, BULL_REDIS_KEYS, [0, 1, 2, 3])),
  // NestJS's cache on a Redis store: CacheModule.register({ store: redisStore, host, port, password }) (the in-memory default takes no host).
  ...(['@nestjs/cache-manager', '@nestjs/common'] as const).map((module) =>
    call(module, ['CacheModule', 'register'], client('CacheModule.register()', REDIS_ENV, [...HOST_PORT_PASSWORD, key('url', 'url')])),
  ),
  ...(['@nestjs/cache-manager', '@nestjs/common'] as const).map((module) =>
    call(module, ['CacheModule', 'registerAsync'], async(client('CacheModule.registerAsync()', REDIS_ENV, [...HOST_PORT_PASSWORD, key('url', 'url')]), 'CacheModule.registerAsync()')),
  ),
  // @nestjs-modules/mailer: nodemailer's transport options, or its SMTP URL.
  call('@nestjs-modules/mailer', ['MailerModule', 'forRoot'], nestMailer),
  call('@nestjs-modules/mailer', ['MailerModule', 'forRootAsync'], async(nestMailer, 'MailerModule.forRootAsync()')),
  call('mssql', ['connect'], { ...mssql, label: 'mssql connect()' }),
  construct('mssql', ['ConnectionPool'], { ...mssql, label: 'mssql ConnectionPool' }),
  construct('@elastic/elasticsearch', ['Client'], elastic),
  construct('cassandra-driver', ['Client'], cassandra),
  call('nats', ['connect'], { ...nats, label: 'nats connect()' }),
  call('postgres', [], postgresJs),
  call('postgres', ['default'], postgresJs),
  ...['createConnection', 'createPool'].map((name) => call('mariadb', [name], { ...mysql, env: DB_ENV, label: `mariadb ${name}()` })),
  call('neo4j-driver', ['driver'], neo4jDriver),
  call('neo4j-driver', ['default', 'driver'], neo4jDriver),
  call('neo4j-driver', ['auth', 'basic'], neo4jAuth),
  call('neo4j-driver', ['default', 'auth', 'basic'], neo4jAuth),
  ...['connect', 'connectAsync'].flatMap((name) => [call('mqtt', [name], mqtt), call('mqtt', ['default', name], mqtt)]),
  call('couchbase', ['connect'], couchbase),
  construct('minio', ['Client'], minio),
  // Upstash's Redis over HTTP: new Redis({ url: 'https://….upstash.io', token }) of @upstash/redis.
  construct('@upstash/redis', ['Redis'], client('@upstash/redis', { ...REDIS_ENV, url: 'UPSTASH_REDIS_REST_URL', password: 'UPSTASH_REDIS_REST_TOKEN' }, [key('url', 'url'), key('token', 'password')])),
  construct('@opensearch-project/opensearch', ['Client'], opensearch),
  ...MIKRO_ORM_MODULES.map((module) => call(module, ['MikroORM', 'init'], mikroOrm)),
  // `export default defineConfig({ host, port, password })`, the config file MikroORM's CLI and app load.
  ...MIKRO_ORM_MODULES.map((module) => call(module, ['defineConfig'], { ...mikroOrm, label: 'MikroORM defineConfig()' })),
  ...AWS_V3_CLIENTS.map(([module, name]) => construct(module, [name], aws(name))),
  ...AWS_V2_CLIENTS.map((name) => construct('aws-sdk', [name], aws(`AWS.${name}`))),
  construct('aws-sdk', ['DynamoDB', 'DocumentClient'], aws('AWS.DynamoDB.DocumentClient')),
];

/**
 * Options objects typed as a client's options, which a client elsewhere is handed (`export const
 * typeOrmConfig: TypeOrmModuleOptions = { host, password }` for `TypeOrmModule.forRoot(typeOrmConfig)`
 * in another file): the type and the module it is imported from.
 */
export const TYPED_CLIENT_OPTIONS: readonly { readonly module: string; readonly type: string; readonly client: BackingServiceClient }[] = [
  { module: '@nestjs/typeorm', type: 'TypeOrmModuleOptions', client: { ...typeorm, label: 'TypeORM' } },
  // `export const typeOrmAsyncConfig: TypeOrmModuleAsyncOptions = { useFactory: async () => ({ host }) }` for `forRootAsync()`.
  { module: '@nestjs/typeorm', type: 'TypeOrmModuleAsyncOptions', client: async(typeorm, 'TypeORM') },
  { module: 'typeorm', type: 'DataSourceOptions', client: { ...typeorm, label: 'TypeORM' } },
  { module: 'typeorm', type: 'ConnectionOptions', client: { ...typeorm, label: 'TypeORM' } },
  { module: 'pg', type: 'PoolConfig', client: { ...pg, label: 'pg' } },
  { module: 'pg', type: 'ClientConfig', client: { ...pg, label: 'pg' } },
  { module: 'ioredis', type: 'RedisOptions', client: ioredis },
  { module: 'mysql2', type: 'PoolOptions', client: { ...mysql, label: 'mysql2' } },
  { module: 'mysql2', type: 'ConnectionOptions', client: { ...mysql, label: 'mysql2' } },
  { module: 'mysql2/promise', type: 'PoolOptions', client: { ...mysql, label: 'mysql2' } },
  { module: 'mysql2/promise', type: 'ConnectionOptions', client: { ...mysql, label: 'mysql2' } },
  { module: 'sequelize', type: 'Options', client: sequelize },
  { module: 'sequelize-typescript', type: 'SequelizeOptions', client: sequelize },
  ...MIKRO_ORM_MODULES.map((module) => ({ module, type: 'Options', client: mikroOrm })),
  // `import { Knex } from 'knex'; export const config: Knex.Config = { client: 'pg', connection: { host } }`
  { module: 'knex', type: 'Knex.Config', client: knex },
];

export interface BackingScheme {
  /** How messages name the service: `PostgreSQL`. */
  readonly service: string;
  /** The environment variable conventionally holding its URL. */
  readonly envName: string;
}

const scheme = (service: string, envName: string): BackingScheme => ({ service, envName });
const POSTGRES = scheme('PostgreSQL', 'DATABASE_URL');
const MYSQL = scheme('MySQL', 'DATABASE_URL');
const MONGODB = scheme('MongoDB', 'MONGODB_URI');
const REDIS = scheme('Redis', 'REDIS_URL');
const AMQP = scheme('AMQP broker', 'AMQP_URL');
const MQTT = scheme('MQTT broker', 'MQTT_URL');
const SMTP = scheme('SMTP server', 'SMTP_URL');
const NEO4J = scheme('Neo4j', 'NEO4J_URI');

/** URL schemes of backing services, by lower-case scheme. `http(s)` is not one: see `HTTP_CLIENTS`. */
export const BACKING_SCHEMES: ReadonlyMap<string, BackingScheme> = new Map([
  ['postgres', POSTGRES],
  ['postgresql', POSTGRES],
  ['cockroachdb', POSTGRES],
  ['mysql', MYSQL],
  ['mysqlx', MYSQL],
  ['mysql2', MYSQL],
  ['mariadb', MYSQL],
  ['mssql', scheme('SQL Server', 'DATABASE_URL')],
  ['sqlserver', scheme('SQL Server', 'DATABASE_URL')],
  ['oracle', scheme('Oracle', 'DATABASE_URL')],
  ['db2', scheme('Db2', 'DATABASE_URL')],
  ['clickhouse', scheme('ClickHouse', 'CLICKHOUSE_URL')],
  ['mongodb', MONGODB],
  ['mongodb+srv', MONGODB],
  ['redis', REDIS],
  ['rediss', REDIS],
  ['valkey', REDIS],
  ['memcached', scheme('Memcached', 'MEMCACHED_URL')],
  ['memcache', scheme('Memcached', 'MEMCACHED_URL')],
  ['amqp', AMQP],
  ['amqps', AMQP],
  ['mqtt', MQTT],
  ['mqtts', MQTT],
  ['kafka', scheme('Kafka', 'KAFKA_BROKERS')],
  ['nats', scheme('NATS', 'NATS_URL')],
  ['stomp', scheme('STOMP broker', 'STOMP_URL')],
  ['smtp', SMTP],
  ['smtps', SMTP],
  ['imap', scheme('IMAP server', 'IMAP_URL')],
  ['imaps', scheme('IMAP server', 'IMAP_URL')],
  ['ldap', scheme('LDAP directory', 'LDAP_URL')],
  ['ldaps', scheme('LDAP directory', 'LDAP_URL')],
  ['ftp', scheme('FTP server', 'FTP_URL')],
  ['ftps', scheme('FTP server', 'FTP_URL')],
  ['sftp', scheme('SFTP server', 'SFTP_URL')],
  ['neo4j', NEO4J],
  ['neo4j+s', NEO4J],
  ['bolt', NEO4J],
  ['couchbase', scheme('Couchbase', 'COUCHBASE_URL')],
  ['cassandra', scheme('Cassandra', 'CASSANDRA_URL')],
]);

/** How messages name the service of a URL scheme: `postgres` → `PostgreSQL`. */
function schemeService(name: string): string {
  return BACKING_SCHEMES.get(name)?.service ?? name;
}

/**
 * Words in a key path that name a backing service, so that its `host` is the service's location:
 * `db.host`, `redis: { host }`, `smtpHost`, `DB_HOST`. By lower-case word (or whole key, for
 * `datasource`); the value is how messages name the service, the URL scheme's where there is one.
 */
export const SERVICE_KEY_WORDS: ReadonlyMap<string, string> = new Map([
  ...[
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mssql',
    'sqlserver',
    'oracle',
    'clickhouse',
    'cassandra',
    'couchbase',
    'neo4j',
    'mongodb',
    'redis',
    'valkey',
    'memcached',
    'amqp',
    'kafka',
    'nats',
    'mqtt',
    'smtp',
    'ldap',
    'ftp',
    'sftp',
  ].map((name): [string, string] => [name, schemeService(name)]),
  ['pg', schemeService('postgres')],
  ['mongo', schemeService('mongodb')],
  ['rabbitmq', schemeService('amqp')],
  ['rabbit', schemeService('amqp')],
  ['mail', schemeService('smtp')],
  ['mailer', schemeService('smtp')],
  ['email', schemeService('smtp')],
  ['db', 'database'],
  ['database', 'database'],
  ['datasource', 'database'],
  ['couchdb', 'CouchDB'],
  ['influx', 'InfluxDB'],
  ['influxdb', 'InfluxDB'],
  ['elasticsearch', 'Elasticsearch'],
  ['elastic', 'Elasticsearch'],
  ['opensearch', 'OpenSearch'],
]);

/**
 * Domains of managed backing services, whose hosts are one customer's resource whatever key holds
 * them (`AWSRDS: { host: 'mydb.c9akciq32.us-east-1.rds.amazonaws.com' }`,
 * `connection: { host: '….rds.amazonaws.com' }` of a knexfile): a cloud database, cache or broker.
 * Matched at the end of the host, after a dot.
 */
const MANAGED_SERVICE_DOMAINS: readonly (readonly [string, string])[] = [
  ['rds.amazonaws.com', 'database'],
  ['cache.amazonaws.com', 'Redis'],
  ['es.amazonaws.com', 'Elasticsearch'],
  ['docdb.amazonaws.com', 'MongoDB'],
  ['mongodb.net', 'MongoDB'],
  ['database.windows.net', 'database'],
  ['postgres.database.azure.com', 'database'],
  ['mysql.database.azure.com', 'database'],
  ['redis.cache.windows.net', 'Redis'],
  ['documents.azure.com', 'Cosmos DB'],
  ['servicebus.windows.net', 'Service Bus'],
  ['neon.tech', 'database'],
  ['psdb.cloud', 'database'],
  ['elephantsql.com', 'database'],
  ['upstash.io', 'Redis'],
  ['redislabs.com', 'Redis'],
  ['redis-cloud.com', 'Redis'],
  ['cloudamqp.com', 'AMQP broker'],
  ['hivemq.cloud', 'MQTT broker'],
];

/** The managed service a host belongs to, by its domain (see `MANAGED_SERVICE_DOMAINS`). */
export function getManagedHostService(host: string): string | undefined {
  const lower = host.toLowerCase();
  for (const [domain, service] of MANAGED_SERVICE_DOMAINS) {
    if (lower.length > domain.length + 1 && lower.endsWith(domain) && lower[lower.length - domain.length - 1] === '.') return service;
  }
  return undefined;
}

/**
 * The shared SMTP endpoints of public mail providers: the same for every customer, and useless
 * without the account's credentials, which are configured apart. As the fallback of an
 * environment read (`process.env.SMTP_HOST || 'smtp.gmail.com'`) they are a provider's documented
 * default, not a deploy's resource; `strict` reports them too.
 */
const PUBLIC_MAIL_HOSTS: ReadonlySet<string> = new Set([
  'smtp.gmail.com',
  'smtp.googlemail.com',
  'smtp-relay.gmail.com',
  'smtp.office365.com',
  'smtp-mail.outlook.com',
  'outlook.office365.com',
  'smtp.sendgrid.net',
  'smtp.mailgun.org',
  'smtp.eu.mailgun.org',
  'smtp.postmarkapp.com',
  'smtp.sparkpostmail.com',
  'smtp.mandrillapp.com',
  'in-v3.mailjet.com',
  'smtp-relay.brevo.com',
  'smtp-relay.sendinblue.com',
  'smtp.resend.com',
  'smtp.mail.yahoo.com',
  'smtp.fastmail.com',
  'smtp.mail.me.com',
  'smtp.aol.com',
  'smtp.live.com',
  'smtp.gmx.com',
  'mail.gmx.net',
  'smtp.yandex.com',
  'smtp.yandex.ru',
  'smtp.mail.ru',
  'smtp.titan.email',
  'smtp.hostinger.com',
  'smtp.ionos.com',
  'smtp.elasticemail.com',
  'smtp.mailersend.net',
  'smtp.qq.com',
  'smtp.exmail.qq.com',
  'smtp.163.com',
  'smtp.126.com',
  'smtp.naver.com',
  'smtp.mailtrap.io',
  'sandbox.smtp.mailtrap.io',
  'live.smtp.mailtrap.io',
  'smtp.ethereal.email',
]);

/**
 * Test inboxes: SMTP services that catch every message and deliver none (nodemailer's Ethereal,
 * whose accounts `createTestAccount()` makes at run time; Mailtrap's sandbox). No deploy sends
 * its mail there, so such a host is a development setting, not a backing service's location.
 */
const TEST_MAIL_HOSTS: ReadonlySet<string> = new Set(['smtp.ethereal.email', 'sandbox.smtp.mailtrap.io', 'smtp.mailtrap.io']);

/** A test inbox's SMTP host (see `TEST_MAIL_HOSTS`). */
export function isTestMailHost(host: string): boolean {
  return TEST_MAIL_HOSTS.has(host.toLowerCase());
}

/** Amazon SES's SMTP endpoint of a region: `email-smtp.us-east-1.amazonaws.com`. */
const SES_SMTP_HOST = /^email-smtp\.[a-z]{2}(?:-[a-z]+){1,2}-\d\.amazonaws\.com$/;

/** Zoho Mail's SMTP endpoints, one per data centre: `smtp.zoho.com`, `smtp.zoho.in`, `smtppro.zoho.com.au`. */
const ZOHO_SMTP_HOST = /^smtp(?:pro)?\.zoho\.(?:com|eu|in|jp|ca|sa|uk|com\.au|com\.cn)$/;

/** A public mail provider's shared SMTP endpoint (see `PUBLIC_MAIL_HOSTS`). */
export function isPublicMailHost(host: string): boolean {
  const lower = host.toLowerCase();
  return PUBLIC_MAIL_HOSTS.has(lower) || SES_SMTP_HOST.test(lower) || ZOHO_SMTP_HOST.test(lower);
}

/**
 * Short names of services that count only in front of a host or URL word of the same key
 * (`ES_HOST`, `esNode`, `ES_URL`): on their own they are other things, such as the `es` locale of
 * a site's or mirror's configuration (`locales: { es: { url } }`).
 */
export const SERVICE_PREFIX_WORDS: ReadonlyMap<string, string> = new Map([['es', 'Elasticsearch']]);

/** The last word of a key that holds a service's host: `host`, `dbHost`, `DB_HOSTNAME`, `mailServer`. */
export const HOST_KEY_WORDS: ReadonlySet<string> = new Set(['host', 'hostname', 'server']);

/** An HTTP client call whose URL names a remote service (`strict`: remote APIs are backing services too). */
export interface HttpClientCall {
  readonly label: string;
  /** The argument holding the URL, or an options object with one of `keys`. */
  readonly argument: number;
  readonly keys: readonly string[];
  /** Keys of the options object that hold a bare host rather than a URL (`http.request({ hostname: 'api.stripe.com' })`), in the order the client prefers them. */
  readonly hostKeys?: readonly string[];
}

const http = (label: string, argument = 0, keys: readonly string[] = ['url', 'baseURL', 'prefixUrl', 'origin']): HttpClientCall => ({ label, argument, keys });
/** Node's `http(s).get()` and `request()`: a URL, or options whose `hostname` (else `host`) names the machine. */
const nodeHttp = (label: string): HttpClientCall => ({ label, argument: 0, keys: [], hostKeys: ['hostname', 'host'] });

const AXIOS_METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'request'];
const GOT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

export const HTTP_CLIENTS: readonly ModuleMember<HttpClientCall>[] = [
  { module: 'axios', path: [], kind: 'call', info: http('axios') },
  ...AXIOS_METHODS.map((method) => ({ module: 'axios', path: [method], kind: 'call' as const, info: http(`axios.${method}()`) })),
  { module: 'axios', path: ['create'], kind: 'call', info: http('axios.create()') },
  { module: 'axios', path: ['default', 'create'], kind: 'call', info: http('axios.create()') },
  // got 12+ also exports itself by name: import { got } from 'got'.
  ...[[], ['got']].flatMap((root) => [
    { module: 'got', path: root, kind: 'call' as const, info: http('got') },
    ...GOT_METHODS.map((method) => ({ module: 'got', path: [...root, method], kind: 'call' as const, info: http(`got.${method}()`) })),
    { module: 'got', path: [...root, 'extend'], kind: 'call' as const, info: http('got.extend()') },
  ]),
  { module: 'node-fetch', path: [], kind: 'call', info: http('node-fetch') },
  { module: 'node-fetch', path: ['default'], kind: 'call', info: http('node-fetch') },
  { module: 'undici', path: ['request'], kind: 'call', info: http('undici request()') },
  { module: 'undici', path: ['fetch'], kind: 'call', info: http('undici fetch()') },
  { module: 'undici', path: ['stream'], kind: 'call', info: http('undici stream()') },
  { module: 'undici', path: ['Pool'], kind: 'construct', info: http('undici Pool') },
  { module: 'undici', path: ['Client'], kind: 'construct', info: http('undici Client') },
  { module: 'superagent', path: [], kind: 'call', info: http('superagent', 1) },
  ...GOT_METHODS.map((method) => ({ module: 'superagent', path: [method], kind: 'call' as const, info: http(`superagent.${method}()`) })),
  { module: 'ky', path: [], kind: 'call', info: http('ky') },
  { module: 'ky', path: ['create'], kind: 'call', info: http('ky.create()') },
  ...GOT_METHODS.map((method) => ({ module: 'ky', path: [method], kind: 'call' as const, info: http(`ky.${method}()`) })),
  // request and its promise wrappers: request(url | { uri, url, baseUrl }, callback), request.get(…), rp(…).
  ...['request', 'request-promise', 'request-promise-native'].flatMap((module) => [
    { module, path: [], kind: 'call' as const, info: http(module, 0, ['url', 'uri', 'baseUrl']) },
    ...GOT_METHODS.map((method) => ({ module, path: [method], kind: 'call' as const, info: http(`${module}.${method}()`, 0, ['url', 'uri', 'baseUrl']) })),
  ]),
  // Reverse proxies' upstreams: createProxyMiddleware({ target }), httpProxy.createProxyServer({ target }), expressHttpProxy(url).
  ...[['createProxyMiddleware'], ['default', 'createProxyMiddleware']].map((path) => ({ module: 'http-proxy-middleware', path, kind: 'call' as const, info: http('createProxyMiddleware()', 0, ['target']) })),
  ...['createProxyServer', 'createProxy', 'createServer'].map((name) => ({ module: 'http-proxy', path: [name], kind: 'call' as const, info: http(`httpProxy.${name}()`, 0, ['target']) })),
  { module: 'express-http-proxy', path: [], kind: 'call', info: http('express-http-proxy', 0, []) },
  { module: 'https', path: ['get'], kind: 'call', info: nodeHttp('https.get()') },
  { module: 'https', path: ['request'], kind: 'call', info: nodeHttp('https.request()') },
  { module: 'http', path: ['get'], kind: 'call', info: nodeHttp('http.get()') },
  { module: 'http', path: ['request'], kind: 'call', info: nodeHttp('http.request()') },
];
