export const id = 828;
export const ids = [828];
export const modules = {

/***/ 6828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ applyRuleSettings),
  z: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/control-plane.ts
var control_plane = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/gitops/locate.ts
var locate = __webpack_require__(3256);
// EXTERNAL MODULE: ./schemas/argocd-application.schema.json
var argocd_application_schema = __webpack_require__(603);
// EXTERNAL MODULE: ./src/gitops/json-schema.ts + 4 modules
var json_schema = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/gitops/rules/application-schema.ts




/** Problems a more specific rule reports better (value-files-empty for null valueFiles entries). */
const COVERED_ELSEWHERE = [/(^|\/)helm\/valueFiles\/\d+$/];
/** Rendered Applications against Argo CD's Application CRD schema, with unknown fields rejected. */
function applicationSchemaRule(ctx) {
    const validate = (0,json_schema/* precompiled */.t8)(argocd_application_schema);
    const out = [];
    for (const app of ctx.apps) {
        if (validate(app.object))
            continue;
        const root = (0,vnode/* fromJson */.Rf)(app.object, app.cluster.definedAt);
        for (const v of (0,json_schema/* explain */.WE)(validate.errors ?? [], root, app.cluster.definedAt)) {
            if (COVERED_ELSEWHERE.some((re) => re.test(v.segments.join('/'))))
                continue;
            const node = (0,vnode/* nodeAt */.oB)(root, v.segments);
            const at = v.keyword === 'additionalProperties'
                ? ctx.locate.key(app, v.segments)
                : ctx.locate.field(app, v.segments, node && node.kind === 'scalar' ? (0,vnode/* toJson */.aB)(node) : null);
            out.push({
                ...(0,src_findings/* finding */.gk)('error', 'application-schema', v.message, at, app.cluster.name),
                subject: app.name,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
// EXTERNAL MODULE: ./src/util/memo.ts
var memo = __webpack_require__(6012);
;// CONCATENATED MODULE: ./src/gitops/rules/destination.ts




/** Whether `text` names `name` as a word of its own (case aside); each name's pattern is made once. */
function mentions(text, name) {
    return mentionOf(name).test(text);
}
const mentionOf = (0,memo/* memoByString */.v)((name) => new RegExp(`(^|[^a-z0-9])${(0,regexp_escape/* escapeRegExp */.N)(name)}([^a-z0-9]|$)`, 'i'), 1000);
/**
 * Applications deploy to their own cluster: the configured destination when there is one,
 * otherwise never to a server or cluster name that names another cluster.
 */
function destinationRule(ctx) {
    const names = ctx.topology.knownNames;
    const out = [];
    for (const app of ctx.apps) {
        const dest = app.object.spec?.destination ?? {};
        const cluster = app.cluster;
        const push = (field, message) => out.push({
            ...(0,src_findings/* finding */.gk)('error', 'destination-mismatch', message, ctx.locate.field(app, ['spec', 'destination', field], dest[field]), cluster.name),
            subject: app.name,
        });
        const expected = cluster.destination;
        if (expected) {
            if (expected.server !== undefined && dest.server !== expected.server) {
                push('server', `destination.server is ${JSON.stringify(dest.server ?? null)}, but ${cluster.name} is ${expected.server}`);
            }
            else if (expected.name !== undefined && dest.name !== expected.name) {
                push('name', `destination.name is ${JSON.stringify(dest.name ?? null)}, but ${cluster.name} is ${expected.name}`);
            }
            continue;
        }
        // The cluster its Argo CD runs in names no other cluster (`kubernetes.default.svc`, `in-cluster`).
        if ((0,control_plane/* isInCluster */.M)(dest))
            continue;
        for (const field of ['server', 'name']) {
            const value = dest[field];
            if (typeof value !== 'string' || mentions(value, cluster.name))
                continue;
            const other = names.find((n) => n !== cluster.name && mentions(value, n));
            if (other)
                push(field, `destination.${field} ${value} is cluster ${other}, not ${cluster.name}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./src/gitops/cluster-values.ts
var cluster_values = __webpack_require__(1253);
// EXTERNAL MODULE: ./src/gitops/render-recipe.ts + 2 modules
var render_recipe = __webpack_require__(140);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var topology = __webpack_require__(8154);
;// CONCATENATED MODULE: ./src/gitops/rules/external-values.ts






/**
 * Value files outside this repository (an `http(s)://` URL, `$ref/…` of a source in another repository)
 * are not read offline: Argo CD reads them, the render here cannot. Said, never silently dropped: a warning
 * for a cluster's bootstrap Application (its app-of-apps render and checks are without the file), a notice
 * for a rendered Application (validate does not render its chart; diff says its resources are unknown).
 */
function externalValuesRule(ctx) {
    const out = [];
    for (const cluster of ctx.topology.clusters) {
        const values = ctx.values.get(cluster.name);
        if (!values)
            continue;
        for (const v of (0,render_recipe/* externalValueFiles */.eh)(values.recipe)) {
            const at = (values.recipe.overriddenBy && { file: values.recipe.overriddenBy, line: 1, column: 1 }) ||
                (cluster.bootstrap &&
                    (0,vnode/* nodeAt */.oB)(cluster.bootstrap.node, [
                        ...cluster.bootstrap.sourcePath,
                        'helm',
                        'valueFiles',
                        String(v.index),
                    ])?.pos) ||
                cluster.definedAt;
            const message = `values file ${v.entry} of Application ${cluster.application.name} is outside this repository: it is not read offline, so cluster ${cluster.name} is rendered and checked without it`;
            out.push((0,src_findings/* finding */.gk)('warning', 'value-file-external', message, at, cluster.name));
        }
    }
    for (const app of ctx.apps)
        out.push(...appExternalValues(ctx, app));
    return out;
}
function appExternalValues(ctx, app) {
    const sources = (0,applications/* appSources */.QG)(app.object);
    const out = [];
    for (const { source, path } of sources) {
        for (const entry of source.helm?.valueFiles ?? []) {
            if (typeof entry !== 'string' || !isExternal(ctx, sources, entry))
                continue;
            const message = `values file ${entry} of Application ${app.name} is outside this repository: it is not read offline, so what it sets is not checked or compared`;
            const at = ctx.locate.field(app, [...path, 'helm', 'valueFiles'], entry);
            out.push({
                ...(0,src_findings/* finding */.gk)('notice', 'value-file-external', message, at, app.cluster.name),
                subject: app.name,
            });
        }
    }
    return out;
}
/** An `http(s)://` URL, or `$ref/…` naming a source of another repository (an unknown ref is path-missing's). */
function isExternal(ctx, sources, entry) {
    if (/^https?:\/\//i.test(entry))
        return true;
    const ref = (0,cluster_values/* refValueFile */.vN)(entry);
    if (!ref)
        return false;
    const target = sources.find((s) => s.source.ref === ref.ref);
    return !!target && !(0,topology/* isOwnRepoURL */.Ed)(target.source.repoURL, ctx.topology.repoURLs);
}

;// CONCATENATED MODULE: ./src/gitops/rules/identity.ts


/**
 * Application names are unique in their Argo CD namespace: across clusters when one Argo CD holds
 * them all, within each cluster when every cluster has its own.
 */
function uniqueNamesRule(ctx) {
    const shared = ctx.controlPlane.kind === 'single';
    const groups = new Map();
    for (const app of ctx.apps) {
        // A nameless Application is application-schema's finding (metadata.name is required).
        if (!app.name)
            continue;
        const key = `${shared ? '' : `${app.cluster.name}\0`}${app.namespace}/${app.name}`;
        groups.set(key, [...(groups.get(key) ?? []), app]);
    }
    const out = [];
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const [keep, ...dups] = orderForBlame(group);
        for (const app of dups) {
            const also = keep.cluster === app.cluster
                ? `also rendered by ${keep.template ?? 'another template'}`
                : `also rendered for cluster ${keep.cluster.name}`;
            out.push((0,src_findings/* finding */.gk)('error', 'application-name-unique', `Application name "${app.name}" is ${also}; Argo CD keeps only one of them`, ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']), app.cluster.name));
        }
    }
    return out;
}
/**
 * Which of several Applications with one name is the duplicate: the one whose template is not
 * named after its component (`loki-copy.yaml` rendering `loki`), else the later template.
 */
function orderForBlame(group) {
    const own = (a) => (a.template && basename(a.template) === a.component ? 0 : 1);
    const sorted = [...group].sort((a, b) => own(a) - own(b) || (a.template ?? '').localeCompare(b.template ?? ''));
    return sorted;
}
function basename(file) {
    return file.replace(/^.*\//, '').replace(/\.(ya?ml|tpl)$/, '');
}
/** A DNS-1123 subdomain, what Kubernetes accepts as an object's name. */
function isKubernetesName(name) {
    return name.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}
/**
 * Names are Kubernetes names, and, where one Argo CD holds every cluster's Applications, follow the
 * configured pattern (default `<cluster>-<component>`).
 */
function namePatternRule(ctx) {
    const shared = ctx.controlPlane.kind === 'single';
    const out = [];
    // One pattern per cluster (made only where it is matched), however many Applications it has.
    const texts = new Map();
    const regexps = new Map();
    const textOf = (cluster) => {
        let text = texts.get(cluster);
        if (text === undefined)
            texts.set(cluster, (text = ctx.config.applicationName.replaceAll('{cluster}', (0,regexp_escape/* escapeRegExp */.N)(cluster))));
        return text;
    };
    const matches = (cluster, name) => {
        let re = regexps.get(cluster);
        if (!re)
            regexps.set(cluster, (re = new RegExp(textOf(cluster))));
        return re.test(name);
    };
    for (const app of ctx.apps) {
        if (!app.name)
            continue;
        const pattern = textOf(app.cluster.name);
        if (!isKubernetesName(app.name)) {
            out.push({
                ...(0,src_findings/* finding */.gk)('error', 'application-name-pattern', `Application name "${app.name}" is not a valid Kubernetes name (lowercase letters, digits, '-' and '.', at most 253)`, ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']), app.cluster.name),
                subject: app.name,
            });
            continue;
        }
        if (!shared || matches(app.cluster.name, app.name))
            continue;
        out.push({
            ...(0,src_findings/* finding */.gk)('error', 'application-name-pattern', `Application name "${app.name}" does not match ${pattern}`, ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']), app.cluster.name),
            subject: app.name,
        });
    }
    return out;
}
/**
 * With one Argo CD for every cluster, every Application carries `cluster: <cluster>` so
 * `argocd app list --selector cluster=<name>` finds a cluster's Applications.
 */
function clusterLabelRule(ctx) {
    if (ctx.controlPlane.kind !== 'single')
        return [];
    const label = ctx.config.clusterLabel;
    const out = [];
    for (const app of ctx.apps) {
        const value = app.object.metadata?.labels?.[label];
        if (value === app.cluster.name)
            continue;
        const message = value === undefined
            ? `label "${label}: ${app.cluster.name}" is missing`
            : `label "${label}" is "${String(value)}", expected "${app.cluster.name}"`;
        const at = value === undefined
            ? ctx.locate.template(app, ['metadata', 'labels'])
            : ctx.locate.field(app, ['metadata', 'labels', label], value);
        out.push({
            ...(0,src_findings/* finding */.gk)('error', 'application-cluster-label', message, at, app.cluster.name),
            subject: app.name,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/gitops/objects.ts
var objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/util/is-map.ts
var is_map = __webpack_require__(6801);
;// CONCATENATED MODULE: ./src/gitops/rules/objects.ts




/**
 * Every object the app-of-apps chart renders has what Kubernetes and Argo CD need to apply it: a
 * string `apiVersion` and `kind`, and a `metadata` map with a `name` (or a `generateName`, a hook's).
 * One problem, one finding: Applications are left to application-schema, which requires the same.
 */
function objectFieldsRule(ctx) {
    const out = [];
    for (const o of ctx.objects) {
        // An Application's metadata is held to Argo CD's own schema (application-schema).
        if ((0,applications/* isApplication */.zz)(o.object))
            continue;
        const missing = missingFields(o.object);
        if (missing.length === 0)
            continue;
        const what = o.kind ? `${o.kind}${o.name ? ` ${o.name}` : ''}` : 'an object';
        const at = ctx.locate.template(o, missing.includes('metadata') ? [] : ['metadata']);
        out.push((0,src_findings/* finding */.gk)('error', 'object-required-fields', `${what} rendered with no ${missing.join(', no ')}: Argo CD cannot apply it`, at, o.cluster.name));
    }
    return out;
}
function missingFields(object) {
    const text = (v) => typeof v === 'string' && v !== '';
    const missing = [];
    if (!text(object.apiVersion))
        missing.push('apiVersion');
    if (!text(object.kind))
        missing.push('kind');
    if (!(0,is_map/* isMap */.j)(object.metadata))
        missing.push('metadata');
    else if (!text(object.metadata.name) && !text(object.metadata.generateName))
        missing.push('metadata.name');
    return missing;
}
/**
 * Two objects with one identity (API group, kind, namespace, name) in one cluster's render are one
 * live resource: Argo CD applies the last and warns. Applications have their own rule
 * (application-name-unique); objects without a name are reported by object-required-fields.
 */
function objectUniqueRule(ctx) {
    const seen = new Map();
    const out = [];
    for (const o of ctx.objects) {
        if (!o.name || !o.kind || (0,applications/* isApplication */.zz)(o.object))
            continue;
        const key = `${o.cluster.name}\0${(0,objects/* objectKey */.T5)(o)}`;
        const first = seen.get(key);
        if (!first) {
            seen.set(key, o);
            continue;
        }
        const also = first.template === o.template
            ? `rendered twice by ${o.template ?? 'the chart'}`
            : `also rendered by ${first.template ?? 'another template'}`;
        out.push((0,src_findings/* finding */.gk)('error', 'object-unique', `${(0,objects/* describeObject */.v8)(o)} is ${also}: Argo CD applies only the last of them`, ctx.locate.templateMention(o, o.name, ['metadata', 'name']), o.cluster.name));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gitops/rules/projects.ts


const ARGO = 'argoproj.io';
/**
 * An Application (or an ApplicationSet's template) names an AppProject that exists: `default`, or
 * one the same render defines. A cluster whose render defines no AppProject may use the ones another
 * cluster's render defines (one control plane holding every project); a repo that renders no
 * AppProject at all creates them elsewhere, and is not checked. A warning: a project can also be
 * created by hand.
 */
function applicationProjectRule(ctx) {
    const projects = new Map();
    for (const o of ctx.objects) {
        if (o.group !== ARGO || o.kind !== 'AppProject' || !o.name)
            continue;
        const set = projects.get(o.cluster.name) ?? new Set();
        projects.set(o.cluster.name, set.add(o.name));
    }
    if (projects.size === 0)
        return [];
    const everywhere = new Set([...projects.values()].flatMap((s) => [...s]));
    const out = [];
    for (const use of projectUses(ctx)) {
        if (use.project === 'default')
            continue;
        const own = projects.get(use.cluster);
        // Another cluster's render may hold the projects, but a partial run does not see every render.
        if (!own && ctx.partial)
            continue;
        if ((own ?? everywhere).has(use.project))
            continue;
        // One message for every cluster: the same missing project is one finding.
        out.push({
            ...(0,src_findings/* finding */.gk)('warning', 'application-project', `${use.what}project "${use.project}" is neither "default" nor an AppProject the app-of-apps chart renders (it renders ${[...everywhere].sort().join(', ')}): Argo CD refuses an Application whose project does not exist`, use.at, use.cluster),
            ...(use.subject ? { subject: use.subject } : {}),
        });
    }
    return out;
}
function projectUses(ctx) {
    const uses = [];
    for (const app of ctx.apps) {
        const project = app.object.spec?.project;
        if (typeof project !== 'string' || project === '')
            continue;
        uses.push({
            cluster: app.cluster.name,
            project,
            what: '',
            at: ctx.locate.field(app, ['spec', 'project'], project),
            subject: app.name,
        });
    }
    for (const o of ctx.objects) {
        const project = applicationSetProject(o);
        if (project === null)
            continue;
        uses.push({
            cluster: o.cluster.name,
            project,
            what: `ApplicationSet ${o.name}: `,
            at: ctx.locate.template(o, ['spec', 'template', 'spec', 'project']),
        });
    }
    return uses;
}
/** The project an ApplicationSet's template names, when it is written out (not a `{{…}}` parameter). */
function applicationSetProject(o) {
    if (o.group !== ARGO || o.kind !== 'ApplicationSet' || !(0,is_map/* isMap */.j)(o.object.spec))
        return null;
    const template = o.object.spec.template;
    const spec = (0,is_map/* isMap */.j)(template) && (0,is_map/* isMap */.j)(template.spec) ? template.spec : null;
    const project = spec?.project;
    if (typeof project !== 'string' || project === '' || project.includes('{{'))
        return null;
    return project;
}

// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
;// CONCATENATED MODULE: ./src/gitops/rules/sources.ts





/** A source of this repository: its repoURL is one of the repository's URLs, compared normalized. */
function inRepo(ctx, source) {
    return (0,topology/* isOwnRepoURL */.Ed)(source.repoURL, ctx.topology.repoURLs);
}
/** No empty or null entries in helm.valueFiles: Argo CD fails on them, or reads the chart dir as a file. */
function emptyValueFilesRule(ctx) {
    const out = [];
    for (const app of ctx.apps) {
        for (const { source, path } of (0,applications/* appSources */.QG)(app.object)) {
            const entries = source.helm?.valueFiles ?? [];
            entries.forEach((v, i) => {
                if (v !== null && v !== undefined && String(v).trim() !== '')
                    return;
                out.push({
                    ...(0,src_findings/* finding */.gk)('error', 'value-files-empty', `${path.join('.')}.helm.valueFiles[${i}] is ${v === null || v === undefined ? 'null' : 'empty'}`, ctx.locate.template(app, [...path, 'helm', 'valueFiles']), app.cluster.name),
                    subject: app.name,
                });
            });
        }
    }
    return out;
}
/** Every in-repo path and values file an Application references exists in this tree. */
function pathsExistRule(ctx) {
    const out = [];
    for (const app of ctx.apps) {
        out.push(...refValueFiles(ctx, app));
        for (const { source, path } of (0,applications/* appSources */.QG)(app.object)) {
            if (!inRepo(ctx, source) || typeof source.path !== 'string')
                continue;
            const dir = (0,repo_files/* repoJoin */.pg)('.', source.path);
            if (!ctx.files.isDirectory(dir)) {
                out.push({
                    ...(0,src_findings/* finding */.gk)('error', 'path-missing', `source path "${source.path}" does not exist`, ctx.locate.field(app, [...path, 'path'], source.path), app.cluster.name),
                    subject: app.name,
                });
                continue;
            }
            if (source.helm?.ignoreMissingValueFiles)
                continue;
            for (const entry of source.helm?.valueFiles ?? []) {
                if (entry === null || entry === undefined || !(0,cluster_values/* isLocalValueFile */.Hc)(String(entry)))
                    continue;
                const file = (0,repo_files/* valueFilePath */.$Y)(dir, String(entry));
                if (ctx.files.isFile(file))
                    continue;
                out.push({
                    ...(0,src_findings/* finding */.gk)('error', 'path-missing', `values file ${file} does not exist (set helm.ignoreMissingValueFiles if that is intended)`, ctx.locate.field(app, [...path, 'helm', 'valueFiles'], entry), app.cluster.name),
                    subject: app.name,
                });
            }
        }
    }
    return out;
}
/**
 * Multi-source `valueFiles` entries `$<ref>/<path>`: Argo CD reads `<path>` from the source with
 * `ref: <ref>`. A ref no source declares fails the sync; one that is this repo must hold the file.
 */
function refValueFiles(ctx, app) {
    const sources = (0,applications/* appSources */.QG)(app.object);
    const out = [];
    for (const { source, path } of sources) {
        for (const entry of source.helm?.valueFiles ?? []) {
            const parsed = typeof entry === 'string' ? (0,cluster_values/* refValueFile */.vN)(entry) : null;
            if (!parsed)
                continue;
            const { ref, path: rest } = parsed;
            const field = [...path, 'helm', 'valueFiles'];
            const text = String(entry);
            const at = ctx.locate.valueOrigin(app, field, text) ?? ctx.locate.templateMention(app, text, field);
            const target = sources.find((s) => s.source.ref === ref);
            let message = null;
            if (!target)
                message = `values file ${entry} names $${ref}, but no source of the Application has ref: ${ref}`;
            else if (inRepo(ctx, target.source) && !source.helm?.ignoreMissingValueFiles) {
                const file = (0,repo_files/* repoJoin */.pg)('.', rest);
                if (!ctx.files.isFile(file)) {
                    message = `values file ${file} (${entry}) does not exist (set helm.ignoreMissingValueFiles if that is intended)`;
                }
            }
            if (message) {
                out.push({ ...(0,src_findings/* finding */.gk)('error', 'path-missing', message, at, app.cluster.name), subject: app.name });
            }
        }
    }
    return out;
}
function describeRef(ref, ctx) {
    return ref === ctx.topology.defaultBranch ? `${ref} (the default branch)` : ref;
}
/**
 * Clusters follow their environment's ref (a prod cluster never follows the dev branch), and the
 * Applications of the app-of-apps track the same revision as their bootstrap Application. What the
 * unknown default branch leaves open is said once, as a notice.
 */
function targetRevisionRules(ctx) {
    const out = [];
    const flaggedBootstrap = new Set();
    const open = { clusters: [], apps: [] };
    for (const cluster of ctx.topology.clusters) {
        if (cluster.ref === null)
            open.clusters.push(cluster);
        if (!cluster.envRef || cluster.ref === null || cluster.ref === cluster.envRef)
            continue;
        flaggedBootstrap.add(cluster.name);
        out.push((0,src_findings/* finding */.gk)('error', 'target-revision-env', `cluster ${cluster.name} (environment ${cluster.env}) tracks ${describeRef(cluster.ref, ctx)}, but ${cluster.env} clusters track ${cluster.envRef}${devNote(ctx, cluster, cluster.ref)}`, (0,topology/* bootstrapFieldPos */.fw)(cluster, ['targetRevision']) ?? cluster.definedAt, cluster.name));
    }
    for (const app of ctx.apps)
        out.push(...childRevisionFindings(ctx, app, flaggedBootstrap, open));
    out.push(...unknownDefaultBranch(open));
    return out;
}
function childRevisionFindings(ctx, app, flaggedBootstrap, open) {
    const cluster = app.cluster;
    const out = [];
    for (const { source, path } of (0,applications/* appSources */.QG)(app.object)) {
        if (!inRepo(ctx, source))
            continue;
        const written = typeof source.targetRevision === 'string' ? source.targetRevision : 'HEAD';
        const ref = (0,topology/* resolveRef */.qE)(written, ctx.topology.defaultBranch);
        const at = () => ctx.locate.field(app, [...path, 'targetRevision'], written);
        if (ref === null || cluster.ref === null) {
            // HEAD and HEAD are one revision whatever the default branch is.
            if (!((0,topology/* isHead */.Nl)(written) && (0,topology/* isHead */.Nl)(cluster.targetRevision)))
                open.apps.push({ app, at: at() });
            continue;
        }
        if (ref === cluster.ref)
            continue;
        // The bootstrap is on the wrong ref and this child on the right one: the bootstrap finding says it all.
        if (flaggedBootstrap.has(cluster.name) && ref === cluster.envRef)
            continue;
        const tracks = written === ref ? ref : `${written} = ${describeRef(ref, ctx)}`;
        out.push({
            ...(0,src_findings/* finding */.gk)('error', 'bootstrap-revision-mismatch', `tracks ${tracks}, but its bootstrap Application tracks ${describeRef(cluster.ref, ctx)}${devNote(ctx, cluster, ref)}`, at(), cluster.name),
            subject: app.name,
        });
    }
    return out;
}
/** One notice for everything the unknown default branch leaves unchecked, where the first of it is. */
function unknownDefaultBranch(open) {
    if (open.clusters.length === 0 && open.apps.length === 0)
        return [];
    const first = open.clusters[0];
    const at = first ? ((0,topology/* bootstrapFieldPos */.fw)(first, ['targetRevision']) ?? first.definedAt) : open.apps[0].at;
    const parts = [
        ...(open.clusters.length > 0
            ? [
                `cluster${open.clusters.length === 1 ? '' : 's'} ${open.clusters.map((c) => c.name).join(', ')} ${open.clusters.length === 1 ? 'has' : 'have'} no ref and ${open.clusters.length === 1 ? 'its' : 'their'} environment's ref is not checked`,
            ]
            : []),
        ...(open.apps.length > 0
            ? [
                `${open.apps.length} Application source${open.apps.length === 1 ? ' is' : 's are'} not compared with ${open.apps.length === 1 ? 'its' : 'their'} bootstrap's revision`,
            ]
            : []),
    ];
    return [
        (0,src_findings/* finding */.gk)('notice', 'default-branch-unknown', `targetRevision HEAD means the repository's default branch, which is unknown here (no defaultBranch in the config, no refs/remotes/origin/HEAD, not exactly one of main and master): ${parts.join('; ')}. Set defaultBranch in the config, or run git remote set-head origin --auto`, at),
    ];
}
function devNote(ctx, cluster, ref) {
    return ref === ctx.topology.defaultBranch && cluster.env !== null && cluster.envRef !== ref
        ? `: a ${cluster.env} cluster never follows the dev branch`
        : '';
}

// EXTERNAL MODULE: ./src/gitops/application-value-files.ts
var application_value_files = __webpack_require__(6840);
;// CONCATENATED MODULE: ./src/gitops/cluster-own-values.ts
/**
 * Whether a cluster's valueFiles entry (as written) is the cluster's own file: a directory on its
 * path is named for the cluster or its environment (`$values/environments/prod/apps.yaml`,
 * `clusters/dev-01/values.yaml`), or the file's name carries one of those names
 * (`values.dev-01.yaml`, `values-prod.yaml`). A `$ref` prefix names a source, not a directory.
 */
function isOwnValueFile(entry, names) {
    const wanted = names.filter((n) => n !== '');
    const segments = entry
        .split('/')
        .filter((s, i) => s !== '' && s !== '.' && !(i === 0 && s.startsWith('$')));
    const file = segments.pop();
    if (segments.some((dir) => wanted.includes(dir)))
        return true;
    return file !== undefined && wanted.some((n) => file.includes(n));
}

;// CONCATENATED MODULE: ./src/gitops/rules/topology-rules.ts





/**
 * Every cluster has its values file: the bootstrap's valueFiles exist, and one is the cluster's own
 * when another cluster renders the same chart.
 */
function clusterValuesRule(ctx) {
    const out = [];
    for (const cluster of ctx.topology.clusters) {
        const values = ctx.values.get(cluster.name);
        if (!values)
            continue;
        const entryPos = (index) => (cluster.bootstrap &&
            (0,vnode/* nodeAt */.oB)(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'valueFiles', String(index)])
                ?.pos) ||
            cluster.definedAt;
        if (!cluster.ignoreMissingValueFiles) {
            for (const m of values.missing) {
                out.push((0,src_findings/* finding */.gk)('error', 'cluster-values-missing', `values file ${m.file} of cluster ${cluster.name} does not exist`, entryPos(m.index), cluster.name));
            }
        }
        const names = cluster.env !== null ? [cluster.name, cluster.env] : [cluster.name];
        // As written, and as resolved (build variables substituted, `$ref/…` and globs followed).
        const own = [...cluster.valueFiles, ...values.valueFiles].some((f) => isOwnValueFile(f, names));
        // Only clusters that share their app-of-apps chart need a file of their own to differ.
        const shared = ctx.topology.clusters.some((c) => c !== cluster && c.chart === cluster.chart);
        if (!own && shared && values.missing.length === 0) {
            out.push((0,src_findings/* finding */.gk)('warning', 'cluster-values-missing', `cluster ${cluster.name} renders with no values file of its own (expected e.g. values.${cluster.name}.yaml in its valueFiles)`, cluster.definedAt, cluster.name));
        }
    }
    return out;
}
const PER_TARGET = /^values[.-](.+)\.ya?ml$/;
/**
 * Every `values.<name>.yaml` belongs to a cluster (or an environment): an orphan is usually a
 * cluster that was renamed or removed, whose overrides silently stopped applying.
 */
function orphanValuesRule(ctx) {
    // A file used only by clusters outside a partial run would look orphaned.
    if (ctx.partial)
        return [];
    const targets = new Set(ctx.topology.knownNames);
    for (const c of ctx.topology.clusters)
        if (c.env)
            targets.add(c.env);
    for (const env of Object.keys(ctx.config.environments))
        targets.add(env);
    const referenced = new Set();
    const dirs = new Set();
    for (const c of ctx.topology.clusters) {
        dirs.add(c.chart);
        for (const f of ctx.values.get(c.name)?.files ?? [])
            referenced.add(f);
    }
    for (const app of ctx.apps)
        for (const dir of (0,application_value_files/* ownSourceDirs */.Sj)(app.object, ctx.topology.repoURLs))
            dirs.add(dir);
    const candidates = [...dirs].sort().flatMap((dir) => ctx.files.list(dir).flatMap((name) => {
        const m = PER_TARGET.exec(name);
        const file = (0,repo_files/* repoJoin */.pg)(dir, name);
        return m && !targets.has(m[1]) && !referenced.has(file) && name !== 'values.schema.json'
            ? [{ name, file }]
            : [];
    }));
    // Which files the Applications read is resolved only when a file is named for no cluster.
    if (candidates.length > 0)
        for (const f of appValueFiles(ctx))
            referenced.add(f);
    return candidates
        .filter((c) => !referenced.has(c.file))
        .map(({ name, file }) => (0,src_findings/* finding */.gk)('warning', 'orphan-values-file', `${name} belongs to no cluster or environment (clusters: ${ctx.topology.clusters.map((c) => c.name).join(', ')}) and no Application uses it`, { file, line: 1, column: 1 }));
}
/** Every value file an Application of the run reads from this repository, for a chart here or a remote one. */
function appValueFiles(ctx) {
    const { repoURLs } = ctx.topology;
    return ctx.apps.flatMap((app) => [
        ...(0,application_value_files/* applicationValueFiles */.vR)(ctx.files, app.object, repoURLs, app.cluster.controlPlaneNamespace).flatMap((s) => s.files),
        ...(0,application_value_files/* refValueFiles */.m$)(app.object, repoURLs),
    ]);
}

// EXTERNAL MODULE: ./src/gitops/rules/waves.ts
var waves = __webpack_require__(7466);
;// CONCATENATED MODULE: ./src/gitops/rules/index.ts









/** The rendered-object, Application and topology rules, in reporting order. */
const RULES = [
    objectFieldsRule,
    objectUniqueRule,
    applicationSchemaRule,
    uniqueNamesRule,
    applicationProjectRule,
    emptyValueFilesRule,
    pathsExistRule,
    waves/* syncWaveFormatRule */.sI,
    waves/* syncWaveOrderRule */.l5,
    namePatternRule,
    clusterLabelRule,
    destinationRule,
    targetRevisionRules,
    clusterValuesRule,
    orphanValuesRule,
    externalValuesRule,
];

// EXTERNAL MODULE: ./src/report/matrix.ts
var matrix = __webpack_require__(3677);
;// CONCATENATED MODULE: ./src/commands/validate-check.ts





/** validate's last phase: the rules over what rendered, the config's rule settings, the result. */
/** Runs every rule over the discovery and its renders: validate's verdict. */
function check(d, r) {
    const unrendered = d.topology.clusters.flatMap((c) => (r.rendered.has(c.name) ? [] : [c.name]));
    const controlPlane = (0,control_plane/* detectControlPlane */.D)(d.config.controlPlane, d.all.clusters, r.apps, unrendered);
    const raw = [...d.findings, ...r.findings, ...ruleFindings(d, r, controlPlane)];
    raw.push(...d.files.yamlFindings());
    const findings = (0,src_findings/* sortFindings */.Tc)(applyRuleSettings((0,src_findings/* collapseFindings */.iQ)(raw), d.config));
    return {
        findings,
        counts: (0,src_findings/* countBySeverity */.Ot)(findings),
        clusters: d.topology.clusters.map((c) => ({
            name: c.name,
            env: c.env,
            ref: c.ref,
            rendered: r.rendered.has(c.name),
            applications: r.rendered.get(c.name) ?? 0,
        })),
        matrix: (0,matrix/* buildMatrix */.K)(d.topology.clusters, r.apps, [...r.rendered.keys()]),
        apps: r.apps,
        topology: d.topology,
        controlPlane,
        config: d.config,
    };
}
function ruleFindings(d, r, controlPlane) {
    const merged = new Map([...r.values].map(([k, v]) => [k, v.merged]));
    const ctx = {
        files: d.files,
        config: d.config,
        topology: d.topology,
        apps: r.apps,
        objects: r.objects,
        values: r.values,
        locate: new locate/* Locator */.hO(d.files, merged),
        partial: d.partial,
        controlPlane,
    };
    return RULES.flatMap((rule) => rule(ctx));
}
/** Config `rules:` turns a rule off or changes its severity. */
function applyRuleSettings(findings, config) {
    const out = [];
    for (const f of findings) {
        const setting = config.rules[f.rule];
        if (setting === 'off')
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}


/***/ }),

/***/ 6840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sj: () => (/* binding */ ownSourceDirs),
/* harmony export */   m$: () => (/* binding */ refValueFiles),
/* harmony export */   vR: () => (/* binding */ applicationValueFiles)
/* harmony export */ });
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(917);
/* harmony import */ var _build_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2912);
/* harmony import */ var _helm_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4110);
/* harmony import */ var _render_recipe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(140);
/* harmony import */ var _cluster_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1253);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1056);
/* harmony import */ var _repo_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8734);







/**
 * The value files each own-repository source of a rendered Application reads, resolved as Argo CD
 * resolves them at the tree `files` holds: `.argocd-source*.yaml` merged in, build variables
 * (`$ARGOCD_APP_NAME`…) of this Application substituted, globs expanded, `$ref/…` of this repository
 * followed. `controlPlaneNamespace`: where Argo CD runs (an Application elsewhere is `<ns>_<name>`).
 */
function applicationValueFiles(files, app, repoURLs, controlPlaneNamespace) {
    const sources = (0,_applications_js__WEBPACK_IMPORTED_MODULE_6__/* .appSources */ .QG)(app).map(({ source }) => source);
    const refs = sourceRefs(sources, repoURLs);
    const out = [];
    for (const source of sources) {
        const dir = ownSourceDir(source, repoURLs);
        if (dir === null)
            continue;
        const recipe = (0,_render_recipe_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRecipe */ .pS)(files, {
            chart: dir,
            helm: (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readHelmSource */ .ET)(source.helm),
            app: (0,_build_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .applicationContext */ .ob)(app, source, controlPlaneNamespace),
            refs,
        }, files.revision);
        out.push({ dir, files: recipe.valueFiles.flatMap((v) => (v.kind === 'file' ? [v.file] : [])) });
    }
    return out;
}
/**
 * The `$<ref>/…` value files of an Application whose `ref` source is this repository, also when the
 * chart they feed is remote (applicationValueFiles reads only the sources that are directories here).
 */
function refValueFiles(app, repoURLs) {
    const sources = (0,_applications_js__WEBPACK_IMPORTED_MODULE_6__/* .appSources */ .QG)(app).map((s) => s.source);
    const own = new Set(sources.filter((s) => typeof s.ref === 'string' && (0,_repo_url_js__WEBPACK_IMPORTED_MODULE_5__/* .isOwnRepoURL */ .E)(s.repoURL, repoURLs)).map((s) => s.ref));
    const out = [];
    for (const s of sources)
        for (const entry of s.helm?.valueFiles ?? []) {
            const ref = typeof entry === 'string' ? (0,_cluster_values_js__WEBPACK_IMPORTED_MODULE_3__/* .refValueFile */ .vN)(entry) : null;
            const file = ref && (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .repoJoin */ .pg)('.', ref.path);
            if (ref && file && own.has(ref.ref) && !(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .escapesRepo */ .jk)(file))
                out.push(file);
        }
    return out;
}
/** The repo-relative directory of a source that is a directory of this repository, or null. */
function ownSourceDir(source, repoURLs) {
    return typeof source.path === 'string' && (0,_repo_url_js__WEBPACK_IMPORTED_MODULE_5__/* .isOwnRepoURL */ .E)(source.repoURL, repoURLs)
        ? (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .repoJoin */ .pg)('.', source.path)
        : null;
}
/** The directories of this repository an Application's sources are (applicationValueFiles' `dir`s). */
function ownSourceDirs(app, repoURLs) {
    return (0,_applications_js__WEBPACK_IMPORTED_MODULE_6__/* .appSources */ .QG)(app).flatMap(({ source }) => ownSourceDir(source, repoURLs) ?? []);
}
/** `ref` name → whether that source is this repository (its `$ref/…` files are files of this tree). */
function sourceRefs(sources, repoURLs) {
    const refs = {};
    for (const s of sources)
        if (typeof s.ref === 'string')
            refs[s.ref] = (0,_repo_url_js__WEBPACK_IMPORTED_MODULE_5__/* .isOwnRepoURL */ .E)(s.repoURL, repoURLs) ? 'this-repo' : 'other-repo';
    return refs;
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ detectControlPlane),
/* harmony export */   M: () => (/* binding */ isInCluster)
/* harmony export */ });
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1754);

const IN_CLUSTER_SERVERS = new Set([
    'https://kubernetes.default.svc',
    'https://kubernetes.default.svc.cluster.local',
]);
/** A destination in the cluster the Argo CD that reads the Application runs in. */
function isInCluster(destination) {
    if (!destination)
        return true;
    const { server, name } = destination;
    if (typeof server === 'string' && server !== '') {
        return IN_CLUSTER_SERVERS.has(server.trim().toLowerCase().replace(/\/+$/, '').replace(/:443$/, ''));
    }
    return typeof name !== 'string' || name === '' || name === 'in-cluster';
}
/**
 * The control plane: as configured, else detected. Each cluster has its own Argo CD when two
 * bootstrap Applications share a name and namespace (one Argo CD could hold only one of them), or
 * when every Application (bootstrap and rendered) deploys to the cluster its Argo CD runs in: one
 * Argo CD for several clusters must reach the others remotely. Otherwise one Argo CD manages them all.
 *
 * `unrendered`: clusters whose Applications are unknown (their render failed). The verdict rests on the
 * topology (every bootstrap) and the Applications that did render, whichever command asks; when it is
 * the Applications' destinations that say per-cluster, the reason names the clusters that could not tell.
 */
function detectControlPlane(setting, clusters, apps, unrendered = []) {
    if (setting !== 'auto')
        return { kind: setting, source: 'config', reason: `controlPlane: ${setting} in the config` };
    const shared = sharedBootstrapName(clusters);
    if (shared)
        return { kind: 'per-cluster', source: 'detected', reason: shared };
    const remote = apps.find((a) => !isInCluster(a.object.spec?.destination));
    if (remote) {
        const d = remote.object.spec.destination;
        const where = typeof d.server === 'string' && d.server ? d.server : `cluster ${String(d.name)}`;
        return {
            kind: 'single',
            source: 'detected',
            reason: `Application ${remote.name} (cluster ${remote.cluster.name}) deploys to ${where}, not to the cluster its Argo CD runs in`,
        };
    }
    const remoteBootstrap = clusters.find((c) => c.bootstrap && !isInCluster(bootstrapOf(c).spec?.destination));
    if (remoteBootstrap)
        return {
            kind: 'single',
            source: 'detected',
            reason: `the bootstrap Application of cluster ${remoteBootstrap.name} deploys to another cluster than the one its Argo CD runs in`,
        };
    if (apps.length === 0)
        return { kind: 'single', source: 'detected', reason: 'no Application rendered to tell otherwise' };
    if (unrendered.length > 0)
        return {
            kind: 'per-cluster',
            source: 'detected',
            reason: `every Application that rendered deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster); not proven: ${unrendered.join(', ')} did not render (set controlPlane to say)`,
        };
    return {
        kind: 'per-cluster',
        source: 'detected',
        reason: 'every Application deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster)',
    };
}
function bootstrapOf(cluster) {
    return (cluster.bootstrap ? (0,_vnode_js__WEBPACK_IMPORTED_MODULE_0__/* .toJson */ .aB)(cluster.bootstrap.node) : {});
}
/** Two clusters whose bootstrap Applications have one name in one namespace, said as evidence. */
function sharedBootstrapName(clusters) {
    const seen = new Map();
    for (const c of clusters) {
        if (!c.bootstrap)
            continue;
        const meta = bootstrapOf(c).metadata ?? {};
        const key = `${String(meta.namespace ?? c.controlPlaneNamespace)}/${String(meta.name)}`;
        const other = seen.get(key);
        if (other)
            return `the bootstrap Applications of clusters ${other.name} and ${c.name} are both named ${String(meta.name)}, which one Argo CD could not hold`;
        seen.set(key, c);
    }
    return null;
}


/***/ }),

/***/ 7466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l5: () => (/* binding */ syncWaveOrderRule),
/* harmony export */   sI: () => (/* binding */ syncWaveFormatRule),
/* harmony export */   wk: () => (/* binding */ SYNC_WAVE)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(917);
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1754);



const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
const WAVE_PATH = ['metadata', 'annotations', SYNC_WAVE];
function wave(app) {
    const raw = app.object.metadata?.annotations?.[SYNC_WAVE];
    if (raw === undefined)
        return { raw, value: 0 };
    // Untrimmed, as Argo CD reads it (Go's strconv.Atoi): " 5" is not wave 5 there but wave 0.
    return { raw, value: typeof raw === 'string' && /^[+-]?\d+$/.test(raw) ? Number(raw) : null };
}
/** The sync-wave annotation is an integer in a string: Argo CD ignores anything else silently. */
function syncWaveFormatRule(ctx) {
    const out = [];
    for (const app of ctx.apps) {
        const { raw, value } = wave(app);
        if (value !== null)
            continue;
        out.push({
            ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('error', 'sync-wave-format', `sync-wave ${JSON.stringify(raw)} is not an integer string (Argo CD treats it as wave 0)`, ctx.locate.field(app, WAVE_PATH, raw), app.cluster.name),
            subject: app.name,
        });
    }
    return out;
}
/** Declared dependencies (`dependsOn`) deploy in strictly earlier waves, on every cluster. */
function syncWaveOrderRule(ctx) {
    const out = [];
    const deps = Object.entries(ctx.config.dependsOn);
    if (deps.length === 0)
        return out;
    const byCluster = new Map();
    for (const app of ctx.apps) {
        let m = byCluster.get(app.cluster.name);
        if (!m)
            byCluster.set(app.cluster.name, (m = new Map()));
        m.set((0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKey */ .bA)(app.component), app);
    }
    const unknown = unknownDependencies(ctx, deps);
    out.push(...unknown.map((u) => u.finding));
    const typos = new Set(unknown.map((u) => u.name));
    for (const [cluster, apps] of byCluster) {
        for (const [dependent, needs] of deps) {
            const app = apps.get((0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKey */ .bA)(dependent));
            if (!app)
                continue;
            const own = wave(app).value;
            if (own === null)
                continue;
            for (const need of needs) {
                const dep = apps.get((0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKey */ .bA)(need));
                if (!dep && typos.has(need))
                    continue;
                if (!dep) {
                    out.push({
                        ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('warning', 'sync-wave-order', `depends on ${need}, which is not deployed on ${cluster}`, ctx.locate.template(app, ['metadata', 'name']), cluster),
                        subject: app.name,
                    });
                    continue;
                }
                const theirs = wave(dep).value;
                if (theirs === null || theirs < own)
                    continue;
                out.push({
                    ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('error', 'sync-wave-order', `${app.component} (wave ${own}) depends on ${dep.component} (wave ${theirs}): a dependency must deploy in a strictly earlier wave`, ctx.locate.field(app, WAVE_PATH, wave(app).raw ?? null), cluster),
                });
            }
        }
    }
    return out;
}
/**
 * `dependsOn` names that are no component anywhere (a typo would otherwise switch the check off), at
 * their line in the config. Only when every cluster rendered: one missing could hold the component.
 */
function unknownDependencies(ctx, deps) {
    const file = ctx.config.file;
    const withApps = new Set(ctx.apps.map((a) => a.cluster.name));
    const renderedAll = ctx.topology.clusters.every((c) => withApps.has(c.name));
    if (ctx.partial || !file || !renderedAll)
        return [];
    const known = new Set(ctx.apps.map((a) => (0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKey */ .bA)(a.component)));
    const root = ctx.files.readYaml(file)?.documents[0]?.root;
    const at = (segments) => {
        const node = root && (0,_vnode_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAt */ .oB)(root, segments);
        return node ? (node.keyPos ?? node.pos) : { file, line: 1, column: 1 };
    };
    const components = [...new Set(ctx.apps.map((a) => a.component))].sort().join(', ');
    const out = [];
    for (const [dependent, needs] of deps) {
        const names = [
            [dependent, ['dependsOn', dependent]],
            ...needs.map((n, i) => [n, ['dependsOn', dependent, String(i)]]),
        ];
        for (const [name, segments] of names) {
            if (known.has((0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKey */ .bA)(name)))
                continue;
            out.push({
                name,
                finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('error', 'sync-wave-order', `dependsOn names "${name}", which is no component (components: ${components})`, at([...segments])),
            });
        }
    }
    return out;
}


/***/ })

};
