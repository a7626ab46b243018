// @ts-nocheck
/**
 * Generated from specs/flashback.yaml by `pnpm generate` (Ajv standalone code, JSON Schema 2020-12). Do not edit:
 * change the spec and regenerate.
 */
import ajvFormats from 'ajv-formats/dist/formats.js';
import type { VendorValidators } from '../../validation.js';

// The formats of the contract tests: ajv-formats' full formats, and `unixtime` as an integer.
const formats = { ...ajvFormats.fullFormats, unixtime: { type: 'number', validate: (n) => Number.isInteger(n) } };

const v0 = (() => {
const schema32 = {"type":"object","description":"Body of a successful call.","properties":{"success":{"type":"boolean","description":"Whether the call succeeded; true here.","example":true},"data":{"type":"array","description":"The organization's users.","items":{"$ref":"#/components/schemas/User"}},"total":{"type":"integer","description":"Number of users in the organization.","example":2}},"example":{"success":true,"data":[{"id":"550e8400-e29b-41d4-a716-446655440000","email":"john.doe@example.com","name":"John","lastName":"Doe","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":2,"validated":true,"deletedAt":null,"orgRoleDescription":"WORKSPACES","orgRoles":[0,1,2]},{"id":"660e8400-e29b-41d4-a716-446655440001","email":"jane.smith@example.com","name":"Jane","lastName":"Smith","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":0,"validated":true,"deletedAt":null,"orgRoleDescription":"USER","orgRoles":[0]},{"id":"770e8400-e29b-41d4-a716-446655440002","email":"user@example.com","name":"First","lastName":"Last","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":0,"validated":true,"deletedAt":"2025-06-30T17:00:00.000Z","orgRoleDescription":"USER","orgRoles":[0]},{"id":"880e8400-e29b-41d4-a716-446655440003","email":"sam@contractor.example","name":"Sam","lastName":"Contractor","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":0,"validated":false,"deletedAt":null,"orgRoleDescription":"USER","orgRoles":[0]}],"total":4}};
const schema33 = {"type":"object","description":"A user of the organization. Every property is optional, as on the reference page.","properties":{"id":{"type":"string","description":"User identifier (a UUID in the examples).","example":"550e8400-e29b-41d4-a716-446655440000"},"email":{"type":"string","description":"Email address of the user.","example":"john.doe@example.com"},"name":{"type":"string","description":"First name.","example":"John"},"lastName":{"type":"string","description":"Last name.","example":"Doe"},"orgId":{"type":["string","null"],"description":"Organization identifier; nullable per Flashback's TypeScript client.","example":"123e4567-e89b-12d3-a456-426614174000"},"orgRole":{"description":"The user's current role code (see `OrgRole`); nullable per Flashback's TypeScript client.","anyOf":[{"$ref":"#/components/schemas/OrgRole"},{"type":"null"}],"example":2},"validated":{"type":"boolean","description":"Whether the user confirmed their email address.","example":true},"deletedAt":{"type":["string","null"],"format":"date-time","description":"When the user was deleted; null for an active user.","example":null},"orgRoleDescription":{"type":"string","description":"Name of `orgRole`, such as `WORKSPACES` or `USER`. Kept a plain string, not an enum, since Flashback's own client spells one name differently (`ADMINISTRATORS`).","example":"WORKSPACES"},"orgRoles":{"type":"array","description":"Role codes available to the user (codes per Flashback's TypeScript client).","items":{"$ref":"#/components/schemas/OrgRole"},"example":[0,1,2]}},"example":{"id":"550e8400-e29b-41d4-a716-446655440000","email":"john.doe@example.com","name":"John","lastName":"Doe","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":2,"validated":true,"deletedAt":null,"orgRoleDescription":"WORKSPACES","orgRoles":[0,1,2]}};
const schema34 = {"type":"integer","description":"Organization role code, a byte: 0 (0x00) USER, basic access; 1 (0x01) BILLING, billing and subscriptions; 2 (0x02) WORKSPACES, workspaces and team members; 254 (0xfe) ADMINISTRATOR, administrative access; 255 (0xff) OWNER, full access. Names as on the reference page.","enum":[0,1,2,254,255],"x-enum-varnames":["USER","BILLING","WORKSPACES","ADMINISTRATOR","OWNER"],"x-enum-descriptions":["Basic access (default role).","Manages billing and subscriptions.","Manages workspaces and team members.","Administrative access.","Full access to the organization."],"example":2};
const formats0 = formats["date-time"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err1 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err3 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.orgId !== undefined){
let data4 = data.orgId;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: schema33.properties.orgId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.orgRole !== undefined){
let data5 = data.orgRole;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data5 === 0) || (data5 === 1)) || (data5 === 2)) || (data5 === 254)) || (data5 === 255))){
const err6 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
const _errs16 = errors;
if(data5 !== null){
const err7 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.validated !== undefined){
if(typeof data.validated !== "boolean"){
const err9 = {instancePath:instancePath+"/validated",schemaPath:"#/properties/validated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data7 = data.deletedAt;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: schema33.properties.deletedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.orgRoleDescription !== undefined){
if(typeof data.orgRoleDescription !== "string"){
const err12 = {instancePath:instancePath+"/orgRoleDescription",schemaPath:"#/properties/orgRoleDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orgRoles !== undefined){
let data9 = data.orgRoles;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err13 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((data10 === 0) || (data10 === 1)) || (data10 === 2)) || (data10 === 254)) || (data10 === 255))){
const err14 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/orgRoles",schemaPath:"#/properties/orgRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"id":true,"email":true,"name":true,"lastName":true,"orgId":true,"orgRole":true,"validated":true,"deletedAt":true,"orgRoleDescription":true,"orgRoles":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err0 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data1[i0], {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.total !== undefined){
let data3 = data.total;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err2 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"success":true,"data":true,"total":true},"dynamicProps":false,"dynamicItems":false};
return validate21;
})();

const v1 = (() => {
const schema36 = {"type":"object","description":"Body of a failed call (403 and 500 alike): the list envelope with `success` false, no users and a zero total. A separate schema so that generated types can tell failure from success.","properties":{"success":{"type":"boolean","const":false,"description":"Always false.","example":false},"data":{"type":"array","description":"Always empty.","maxItems":0,"items":{"$ref":"#/components/schemas/User"},"example":[]},"total":{"type":"integer","const":0,"description":"Always 0.","example":0}},"example":{"success":false,"data":[],"total":0}};
const schema33 = {"type":"object","description":"A user of the organization. Every property is optional, as on the reference page.","properties":{"id":{"type":"string","description":"User identifier (a UUID in the examples).","example":"550e8400-e29b-41d4-a716-446655440000"},"email":{"type":"string","description":"Email address of the user.","example":"john.doe@example.com"},"name":{"type":"string","description":"First name.","example":"John"},"lastName":{"type":"string","description":"Last name.","example":"Doe"},"orgId":{"type":["string","null"],"description":"Organization identifier; nullable per Flashback's TypeScript client.","example":"123e4567-e89b-12d3-a456-426614174000"},"orgRole":{"description":"The user's current role code (see `OrgRole`); nullable per Flashback's TypeScript client.","anyOf":[{"$ref":"#/components/schemas/OrgRole"},{"type":"null"}],"example":2},"validated":{"type":"boolean","description":"Whether the user confirmed their email address.","example":true},"deletedAt":{"type":["string","null"],"format":"date-time","description":"When the user was deleted; null for an active user.","example":null},"orgRoleDescription":{"type":"string","description":"Name of `orgRole`, such as `WORKSPACES` or `USER`. Kept a plain string, not an enum, since Flashback's own client spells one name differently (`ADMINISTRATORS`).","example":"WORKSPACES"},"orgRoles":{"type":"array","description":"Role codes available to the user (codes per Flashback's TypeScript client).","items":{"$ref":"#/components/schemas/OrgRole"},"example":[0,1,2]}},"example":{"id":"550e8400-e29b-41d4-a716-446655440000","email":"john.doe@example.com","name":"John","lastName":"Doe","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":2,"validated":true,"deletedAt":null,"orgRoleDescription":"WORKSPACES","orgRoles":[0,1,2]}};
const schema34 = {"type":"integer","description":"Organization role code, a byte: 0 (0x00) USER, basic access; 1 (0x01) BILLING, billing and subscriptions; 2 (0x02) WORKSPACES, workspaces and team members; 254 (0xfe) ADMINISTRATOR, administrative access; 255 (0xff) OWNER, full access. Names as on the reference page.","enum":[0,1,2,254,255],"x-enum-varnames":["USER","BILLING","WORKSPACES","ADMINISTRATOR","OWNER"],"x-enum-descriptions":["Basic access (default role).","Manages billing and subscriptions.","Manages workspaces and team members.","Administrative access.","Full access to the organization."],"example":2};
const formats0 = formats["date-time"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err1 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err3 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.orgId !== undefined){
let data4 = data.orgId;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: schema33.properties.orgId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.orgRole !== undefined){
let data5 = data.orgRole;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data5 === 0) || (data5 === 1)) || (data5 === 2)) || (data5 === 254)) || (data5 === 255))){
const err6 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
const _errs16 = errors;
if(data5 !== null){
const err7 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.validated !== undefined){
if(typeof data.validated !== "boolean"){
const err9 = {instancePath:instancePath+"/validated",schemaPath:"#/properties/validated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data7 = data.deletedAt;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: schema33.properties.deletedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.orgRoleDescription !== undefined){
if(typeof data.orgRoleDescription !== "string"){
const err12 = {instancePath:instancePath+"/orgRoleDescription",schemaPath:"#/properties/orgRoleDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orgRoles !== undefined){
let data9 = data.orgRoles;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err13 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((data10 === 0) || (data10 === 1)) || (data10 === 2)) || (data10 === 254)) || (data10 === 255))){
const err14 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/orgRoles",schemaPath:"#/properties/orgRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"id":true,"email":true,"name":true,"lastName":true,"orgId":true,"orgRole":true,"validated":true,"deletedAt":true,"orgRoleDescription":true,"orgRoles":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success !== undefined){
let data0 = data.success;
if(typeof data0 !== "boolean"){
const err0 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(false !== data0){
const err1 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
if(data1.length > 0){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data1[i0], {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.total !== undefined){
let data3 = data.total;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(0 !== data3){
const err5 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"success":true,"data":true,"total":true},"dynamicProps":false,"dynamicItems":false};
return validate24;
})();

const v2 = (() => {
const schema36 = {"type":"object","description":"Body of a failed call (403 and 500 alike): the list envelope with `success` false, no users and a zero total. A separate schema so that generated types can tell failure from success.","properties":{"success":{"type":"boolean","const":false,"description":"Always false.","example":false},"data":{"type":"array","description":"Always empty.","maxItems":0,"items":{"$ref":"#/components/schemas/User"},"example":[]},"total":{"type":"integer","const":0,"description":"Always 0.","example":0}},"example":{"success":false,"data":[],"total":0}};
const schema33 = {"type":"object","description":"A user of the organization. Every property is optional, as on the reference page.","properties":{"id":{"type":"string","description":"User identifier (a UUID in the examples).","example":"550e8400-e29b-41d4-a716-446655440000"},"email":{"type":"string","description":"Email address of the user.","example":"john.doe@example.com"},"name":{"type":"string","description":"First name.","example":"John"},"lastName":{"type":"string","description":"Last name.","example":"Doe"},"orgId":{"type":["string","null"],"description":"Organization identifier; nullable per Flashback's TypeScript client.","example":"123e4567-e89b-12d3-a456-426614174000"},"orgRole":{"description":"The user's current role code (see `OrgRole`); nullable per Flashback's TypeScript client.","anyOf":[{"$ref":"#/components/schemas/OrgRole"},{"type":"null"}],"example":2},"validated":{"type":"boolean","description":"Whether the user confirmed their email address.","example":true},"deletedAt":{"type":["string","null"],"format":"date-time","description":"When the user was deleted; null for an active user.","example":null},"orgRoleDescription":{"type":"string","description":"Name of `orgRole`, such as `WORKSPACES` or `USER`. Kept a plain string, not an enum, since Flashback's own client spells one name differently (`ADMINISTRATORS`).","example":"WORKSPACES"},"orgRoles":{"type":"array","description":"Role codes available to the user (codes per Flashback's TypeScript client).","items":{"$ref":"#/components/schemas/OrgRole"},"example":[0,1,2]}},"example":{"id":"550e8400-e29b-41d4-a716-446655440000","email":"john.doe@example.com","name":"John","lastName":"Doe","orgId":"123e4567-e89b-12d3-a456-426614174000","orgRole":2,"validated":true,"deletedAt":null,"orgRoleDescription":"WORKSPACES","orgRoles":[0,1,2]}};
const schema34 = {"type":"integer","description":"Organization role code, a byte: 0 (0x00) USER, basic access; 1 (0x01) BILLING, billing and subscriptions; 2 (0x02) WORKSPACES, workspaces and team members; 254 (0xfe) ADMINISTRATOR, administrative access; 255 (0xff) OWNER, full access. Names as on the reference page.","enum":[0,1,2,254,255],"x-enum-varnames":["USER","BILLING","WORKSPACES","ADMINISTRATOR","OWNER"],"x-enum-descriptions":["Basic access (default role).","Manages billing and subscriptions.","Manages workspaces and team members.","Administrative access.","Full access to the organization."],"example":2};
const formats0 = formats["date-time"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err1 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err3 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.orgId !== undefined){
let data4 = data.orgId;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: schema33.properties.orgId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.orgRole !== undefined){
let data5 = data.orgRole;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err5 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data5 === 0) || (data5 === 1)) || (data5 === 2)) || (data5 === 254)) || (data5 === 255))){
const err6 = {instancePath:instancePath+"/orgRole",schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
const _errs16 = errors;
if(data5 !== null){
const err7 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/orgRole",schemaPath:"#/properties/orgRole/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.validated !== undefined){
if(typeof data.validated !== "boolean"){
const err9 = {instancePath:instancePath+"/validated",schemaPath:"#/properties/validated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.deletedAt !== undefined){
let data7 = data.deletedAt;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: schema33.properties.deletedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.orgRoleDescription !== undefined){
if(typeof data.orgRoleDescription !== "string"){
const err12 = {instancePath:instancePath+"/orgRoleDescription",schemaPath:"#/properties/orgRoleDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orgRoles !== undefined){
let data9 = data.orgRoles;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err13 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((data10 === 0) || (data10 === 1)) || (data10 === 2)) || (data10 === 254)) || (data10 === 255))){
const err14 = {instancePath:instancePath+"/orgRoles/" + i0,schemaPath:"#/components/schemas/OrgRole/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/orgRoles",schemaPath:"#/properties/orgRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"id":true,"email":true,"name":true,"lastName":true,"orgId":true,"orgRole":true,"validated":true,"deletedAt":true,"orgRoleDescription":true,"orgRoles":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success !== undefined){
let data0 = data.success;
if(typeof data0 !== "boolean"){
const err0 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(false !== data0){
const err1 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
if(data1.length > 0){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data1[i0], {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.total !== undefined){
let data3 = data.total;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(0 !== data3){
const err5 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"success":true,"data":true,"total":true},"dynamicProps":false,"dynamicItems":false};
return validate26;
})();

/** Validators of every documented response of specs/flashback.yaml, by operationId, status and media type. */
export const validators: VendorValidators = {
  vendor: "flashback",
  spec: "specs/flashback.yaml",
  operations: {
    "listOrganizationUsers": {
      method: "GET",
      path: "/organization/users",
      responses: {
        "200": {
          "application/json": { validate: v0, shape: {"t":"object","p":[["success",{"t":"boolean"}],["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["email",{"t":"string"}],["name",{"t":"string"}],["lastName",{"t":"string"}],["orgId",{"t":"string|null"}],["orgRole",{"t":"integer|null"}],["validated",{"t":"boolean"}],["deletedAt",{"t":"string|null"}],["orgRoleDescription",{"t":"string"}],["orgRoles",{"t":"array","i":{"t":"integer"}}]]}}],["total",{"t":"integer"}]]} },
        },
        "403": {
          "application/json": { validate: v1, shape: {"t":"object","p":[["success",{"t":"boolean"}],["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["email",{"t":"string"}],["name",{"t":"string"}],["lastName",{"t":"string"}],["orgId",{"t":"string|null"}],["orgRole",{"t":"integer|null"}],["validated",{"t":"boolean"}],["deletedAt",{"t":"string|null"}],["orgRoleDescription",{"t":"string"}],["orgRoles",{"t":"array","i":{"t":"integer"}}]]}}],["total",{"t":"integer"}]]} },
        },
        "500": {
          "application/json": { validate: v2, shape: {"t":"object","p":[["success",{"t":"boolean"}],["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["email",{"t":"string"}],["name",{"t":"string"}],["lastName",{"t":"string"}],["orgId",{"t":"string|null"}],["orgRole",{"t":"integer|null"}],["validated",{"t":"boolean"}],["deletedAt",{"t":"string|null"}],["orgRoleDescription",{"t":"string"}],["orgRoles",{"t":"array","i":{"t":"integer"}}]]}}],["total",{"t":"integer"}]]} },
        },
      },
    },
  },
};
