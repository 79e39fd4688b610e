import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { APP_FACTORIES, type AppFactory } from '../knowledge/frameworks';
import { createModuleFinder, importsAnyModule } from './modules';
import { findVariable, unwrapExpression } from './values';

type Scope = TSESLint.Scope.Scope;

export interface AppInstance {
  /** The expression that creates the app: `express()`, `new Koa()`, `await NestFactory.create(M)`. */
  readonly creation: TSESTree.Node;
  readonly factory: AppFactory;
  /** The binding it is stored in, when there is one (`const app = express()`). */
  readonly variable?: TSESLint.Scope.Variable;
  /** The property it is stored in on `this` (`this.app = express()`). */
  readonly thisProperty?: string;
}

export interface AppIndex {
  readonly instances: readonly AppInstance[];
  /** The app instance an expression refers to (`app`, `this.app`, `express()`), if any. */
  resolve(node: TSESTree.Node, scope: Scope | undefined): AppInstance | undefined;
}

const findAppFactories = createModuleFinder(APP_FACTORIES);

/** Steps up from an expression through `await` and TypeScript wrappers to where its value lands. */
export function getValueParent(node: TSESTree.Node): { parent: TSESTree.Node | undefined; child: TSESTree.Node } {
  let child: TSESTree.Node = node;
  let parent = child.parent;
  while (
    parent &&
    (parent.type === 'AwaitExpression' ||
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'TSSatisfiesExpression' ||
      parent.type === 'ChainExpression')
  ) {
    child = parent;
    parent = child.parent;
  }
  return { parent, child };
}

function getDeclaredVariable(sourceCode: Readonly<TSESLint.SourceCode>, declarator: TSESTree.VariableDeclarator): TSESLint.Scope.Variable | undefined {
  if (declarator.id.type !== 'Identifier') return undefined;
  return sourceCode.getDeclaredVariables(declarator).find((v) => v.name === (declarator.id as TSESTree.Identifier).name);
}

/** `app` for `app` and `this.app`, `#app` for a private `#app`. */
function getMemberKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  return key.type === 'PrivateIdentifier' ? `#${key.name}` : undefined;
}

/** Whether the file imports a framework that creates apps: without one, `indexApps` finds none. */
export function mayCreateApps(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return importsAnyModule(sourceCode, findAppFactories.modules);
}

/**
 * Finds the apps, routers and servers a file creates from the frameworks in `knowledge/frameworks`
 * and where they are stored, so rules can ask "is this `x.listen()` / `x.get()` on an app?".
 */
export function indexApps(sourceCode: Readonly<TSESLint.SourceCode>): AppIndex {
  const instances: AppInstance[] = [];
  const byVariable = new Map<TSESLint.Scope.Variable, AppInstance>();
  const byCreation = new Map<TSESTree.Node, AppInstance>();
  const byThisProperty = new Map<string, AppInstance>();
  for (const ref of findAppFactories(sourceCode)) {
    if (ref.kind === 'read') continue;
    const { parent, child } = getValueParent(ref.node);
    let instance: AppInstance = { creation: ref.node, factory: ref.info };
    const field = parent?.type === 'PropertyDefinition' && parent.value === child && !parent.static && !parent.computed ? getMemberKeyName(parent.key) : undefined;
    // `var app = module.exports = express()`: the binding of the chained assignment.
    const declarator =
      parent?.type === 'VariableDeclarator' ? parent : parent?.type === 'AssignmentExpression' && parent.right === child && parent.parent.type === 'VariableDeclarator' && parent.parent.init === parent ? parent.parent : undefined;
    if (declarator) {
      const variable = getDeclaredVariable(sourceCode, declarator);
      if (variable) {
        instance = { ...instance, variable };
        byVariable.set(variable, instance);
      }
    } else if (
      parent?.type === 'AssignmentExpression' &&
      parent.left.type === 'MemberExpression' &&
      parent.left.object.type === 'ThisExpression' &&
      parent.left.property.type === 'Identifier' &&
      !parent.left.computed
    ) {
      instance = { ...instance, thisProperty: parent.left.property.name };
      byThisProperty.set(parent.left.property.name, instance);
    } else if (field !== undefined) {
      // A class field, `client = new Client()` or `#app = express()`: used as `this.client`.
      instance = { ...instance, thisProperty: field };
      byThisProperty.set(field, instance);
    } else if (parent?.type === 'AssignmentExpression' && parent.left.type === 'Identifier') {
      const variable = findVariable(sourceCode.getScope(parent), parent.left);
      if (variable) {
        instance = { ...instance, variable };
        byVariable.set(variable, instance);
      }
    }
    byCreation.set(ref.node, instance);
    instances.push(instance);
  }

  return {
    instances,
    resolve(node, scope) {
      if (instances.length === 0) return undefined;
      const target = unwrapExpression(node);
      const direct = byCreation.get(target) ?? (target.type === 'AwaitExpression' ? byCreation.get(unwrapExpression(target.argument)) : undefined);
      if (direct) return direct;
      if (target.type === 'Identifier') {
        const variable = findVariable(scope, target);
        return variable ? byVariable.get(variable) : undefined;
      }
      if (target.type === 'MemberExpression' && target.object.type === 'ThisExpression' && !target.computed) {
        const name = getMemberKeyName(target.property);
        return name === undefined ? undefined : byThisProperty.get(name);
      }
      return undefined;
    },
  };
}
