// Validates Kubernetes objects against the Kubernetes API schemas, offline, with
// the kubernetes-models package (types, required fields, formats).
//
//   node validate.mjs objects.json     # a JSON array of objects, e.g. a rendered overlay
//
// Prints one line per object and exits 1 when any object is invalid or of a kind
// no schema covers.
import { readFileSync } from "node:fs";

/** Custom resources kubernetes-models has no schema for: the fields we rely on, checked by hand. */
const customResources = {
  "postgresql.cnpg.io/v1/Cluster": (object) => {
    const errors = [];
    const spec = object.spec ?? {};
    if (!Number.isInteger(spec.instances) || spec.instances < 1) errors.push("spec.instances must be an integer >= 1");
    if (typeof spec.storage?.size !== "string") errors.push("spec.storage.size must be a quantity string");
    if (spec.imageName !== undefined && typeof spec.imageName !== "string") errors.push("spec.imageName must be a string");
    if (typeof spec.bootstrap?.initdb?.database !== "string") errors.push("spec.bootstrap.initdb.database is required");
    if (typeof spec.bootstrap?.initdb?.owner !== "string") errors.push("spec.bootstrap.initdb.owner is required");
    return errors;
  },
};

async function validate(object) {
  const { apiVersion, kind } = object;
  const custom = customResources[`${apiVersion}/${kind}`];
  if (custom) return custom(object);
  let models;
  try {
    models = await import(`kubernetes-models/${apiVersion}`);
  } catch {
    return [`no schema for apiVersion ${apiVersion}`];
  }
  const Model = models[kind];
  if (!Model) return [`no schema for ${apiVersion} ${kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
let invalid = 0;
for (const object of objects) {
  const errors = await validate(object);
  const name = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
  if (errors.length === 0) {
    console.log(`valid    ${name}`);
  } else {
    invalid++;
    console.log(`INVALID  ${name}: ${errors.join("; ")}`);
  }
}
console.log(`${objects.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
