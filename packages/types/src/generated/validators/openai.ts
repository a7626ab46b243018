// @ts-nocheck
/**
 * Generated from specs/openai.yaml by `pnpm generate` (Ajv standalone code, JSON Schema 2020-12). Do not edit:
 * change the spec and regenerate.
 */
import ajvFormats from 'ajv-formats/dist/formats.js';
import type { VendorValidators } from '../../validation.js';

// The formats of the contract tests: ajv-formats' full formats, and `unixtime` as an integer.
const formats = { ...ajvFormats.fullFormats, unixtime: { type: 'number', validate: (n) => Number.isInteger(n) } };

const v0 = (() => {
const schema32 = {"type":"object","description":"A page of groups.","required":["object","data","has_more","next"],"properties":{"object":{"type":"string","const":"list","description":"Always `list`.","example":"list"},"data":{"type":"array","description":"The groups on this page.","items":{"$ref":"#/components/schemas/Group"}},"has_more":{"type":"boolean","description":"Whether another page follows.","example":false},"next":{"type":["string","null"],"description":"Cursor for the next page, null on the last one.","example":null}},"example":{"object":"list","data":[{"id":"group_01J1F8ABCDXYZ","name":"Support Team","created_at":1711471533,"is_scim_managed":false},{"id":"group_01J1F8PQRMNO","name":"Sales","created_at":1711472599,"is_scim_managed":true}],"has_more":false,"next":null}};
const schema33 = {"type":"object","description":"A group of the organization (2026-08 `GroupResponse`). `group_type` is required there, yet the document's own list examples omit it, so it is optional here.","required":["id","name","created_at","is_scim_managed"],"properties":{"id":{"type":"string","description":"Group identifier.","example":"group_01J1F8ABCDXYZ"},"name":{"type":"string","description":"Display name.","example":"Support Team"},"created_at":{"type":"integer","format":"unixtime","description":"When the group was created, in Unix seconds.","example":1711471533},"is_scim_managed":{"type":"boolean","description":"Whether the identity provider manages the group through SCIM.","example":false},"group_type":{"type":"string","description":"Kind of group.","enum":["group","tenant_group"],"example":"group"}},"example":{"id":"group_01J1F8ABCDXYZ","name":"Support Team","created_at":1711471533,"is_scim_managed":false,"group_type":"group"}};
const formats0 = formats.unixtime;

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
if(data.object === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.has_more === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "has_more"},message:"must have required property '"+"has_more"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.next === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.object !== undefined){
let data0 = data.object;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("list" !== data0){
const err5 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Group/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Group/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.created_at === undefined){
const err8 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Group/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.is_scim_managed === undefined){
const err9 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Group/required",keyword:"required",params:{missingProperty: "is_scim_managed"},message:"must have required property '"+"is_scim_managed"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err10 = {instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/components/schemas/Group/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err11 = {instancePath:instancePath+"/data/" + i0+"/name",schemaPath:"#/components/schemas/Group/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.created_at !== undefined){
let data5 = data2.created_at;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/components/schemas/Group/properties/created_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data5 == "number"){
if(!(formats0.validate(data5))){
const err13 = {instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/components/schemas/Group/properties/created_at/format",keyword:"format",params:{format: "unixtime"},message:"must match format \""+"unixtime"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data2.is_scim_managed !== undefined){
if(typeof data2.is_scim_managed !== "boolean"){
const err14 = {instancePath:instancePath+"/data/" + i0+"/is_scim_managed",schemaPath:"#/components/schemas/Group/properties/is_scim_managed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.group_type !== undefined){
let data7 = data2.group_type;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/data/" + i0+"/group_type",schemaPath:"#/components/schemas/Group/properties/group_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data7 === "group") || (data7 === "tenant_group"))){
const err16 = {instancePath:instancePath+"/data/" + i0+"/group_type",schemaPath:"#/components/schemas/Group/properties/group_type/enum",keyword:"enum",params:{allowedValues: schema33.properties.group_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.has_more !== undefined){
if(typeof data.has_more !== "boolean"){
const err19 = {instancePath:instancePath+"/has_more",schemaPath:"#/properties/has_more/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.next !== undefined){
let data9 = data.next;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema32.properties.next.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"object":true,"data":true,"has_more":true,"next":true},"dynamicProps":false,"dynamicItems":false};
return validate21;
})();

const v1 = (() => {
const schema34 = {"type":"object","description":"Error envelope of the OpenAI API.","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ErrorDetail"}}};
const schema35 = {"type":"object","description":"What went wrong. No source gives an example error body.","required":["message","type","param","code"],"properties":{"message":{"type":"string","description":"Human-readable explanation."},"type":{"type":"string","description":"Error category."},"param":{"type":["string","null"],"description":"The request parameter at fault, if any."},"code":{"type":["string","null"],"description":"Machine-readable error code, if any."}}};

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
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.message === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.param === undefined){
const err3 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.code === undefined){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err5 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
const err6 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ErrorDetail/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.param !== undefined){
let data3 = data0.param;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/error/param",schemaPath:"#/components/schemas/ErrorDetail/properties/param/type",keyword:"type",params:{type: schema35.properties.param.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.code !== undefined){
let data4 = data0.code;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema35.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};
return validate22;
})();

const v2 = (() => {
const schema36 = {"type":"object","description":"A page of a group's users.","required":["object","data","has_more"],"properties":{"object":{"type":"string","const":"list","description":"Always `list`.","example":"list"},"data":{"type":"array","description":"The users on this page.","items":{"$ref":"#/components/schemas/OrganizationUser"}},"has_more":{"type":"boolean","description":"Whether another page follows.","example":false},"next":{"type":["string","null"],"description":"Cursor for the next page, null on the last one. Not in the page's field list, but its example carries it, both vendor documents declare it (required, nullable), and the vendor's SDK pages with it; optional here so an answer without it stays valid.","example":null}},"example":{"object":"list","data":[{"object":"organization.user","id":"user_abc123","name":"Ada Lovelace","email":"ada@example.com","role":"owner","added_at":1711471533}],"has_more":false,"next":null}};
const schema37 = {"type":"object","description":"A user in a group's user list, as the reference page shows it (all six fields listed there, all required as in the 2026-04 document). Live answers may instead follow the 2026-08 `GroupUser {id, name, email: string | null}` shape, without `object`, `role` and `added_at`.","required":["object","id","name","email","role","added_at"],"properties":{"object":{"type":"string","const":"organization.user","description":"Object type, always `organization.user`.","example":"organization.user"},"id":{"type":"string","description":"User identifier, usable in other API calls.","example":"user_abc123"},"name":{"type":"string","description":"Display name.","example":"Ada Lovelace"},"email":{"type":"string","description":"Email address.","example":"ada@example.com"},"role":{"type":"string","description":"Organization role.","enum":["owner","reader"],"example":"owner"},"added_at":{"type":"integer","description":"When the user was added, in Unix seconds.","example":1711471533}},"example":{"object":"organization.user","id":"user_abc123","name":"Ada Lovelace","email":"ada@example.com","role":"owner","added_at":1711471533}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.has_more === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "has_more"},message:"must have required property '"+"has_more"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.object !== undefined){
let data0 = data.object;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("list" !== data0){
const err4 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.object === undefined){
const err5 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.email === undefined){
const err8 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.role === undefined){
const err9 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.added_at === undefined){
const err10 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/required",keyword:"required",params:{missingProperty: "added_at"},message:"must have required property '"+"added_at"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.object !== undefined){
let data3 = data2.object;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/data/" + i0+"/object",schemaPath:"#/components/schemas/OrganizationUser/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("organization.user" !== data3){
const err12 = {instancePath:instancePath+"/data/" + i0+"/object",schemaPath:"#/components/schemas/OrganizationUser/properties/object/const",keyword:"const",params:{allowedValue: "organization.user"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err13 = {instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/components/schemas/OrganizationUser/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err14 = {instancePath:instancePath+"/data/" + i0+"/name",schemaPath:"#/components/schemas/OrganizationUser/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.email !== undefined){
if(typeof data2.email !== "string"){
const err15 = {instancePath:instancePath+"/data/" + i0+"/email",schemaPath:"#/components/schemas/OrganizationUser/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.role !== undefined){
let data7 = data2.role;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/data/" + i0+"/role",schemaPath:"#/components/schemas/OrganizationUser/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data7 === "owner") || (data7 === "reader"))){
const err17 = {instancePath:instancePath+"/data/" + i0+"/role",schemaPath:"#/components/schemas/OrganizationUser/properties/role/enum",keyword:"enum",params:{allowedValues: schema37.properties.role.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.added_at !== undefined){
let data8 = data2.added_at;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err18 = {instancePath:instancePath+"/data/" + i0+"/added_at",schemaPath:"#/components/schemas/OrganizationUser/properties/added_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/OrganizationUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.has_more !== undefined){
if(typeof data.has_more !== "boolean"){
const err21 = {instancePath:instancePath+"/has_more",schemaPath:"#/properties/has_more/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.next !== undefined){
let data10 = data.next;
if((typeof data10 !== "string") && (data10 !== null)){
const err22 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema36.properties.next.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"object":true,"data":true,"has_more":true,"next":true},"dynamicProps":false,"dynamicItems":false};
return validate23;
})();

const v3 = (() => {
const schema34 = {"type":"object","description":"Error envelope of the OpenAI API.","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ErrorDetail"}}};
const schema35 = {"type":"object","description":"What went wrong. No source gives an example error body.","required":["message","type","param","code"],"properties":{"message":{"type":"string","description":"Human-readable explanation."},"type":{"type":"string","description":"Error category."},"param":{"type":["string","null"],"description":"The request parameter at fault, if any."},"code":{"type":["string","null"],"description":"Machine-readable error code, if any."}}};

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
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.message === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.param === undefined){
const err3 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.code === undefined){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err5 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
const err6 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ErrorDetail/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.param !== undefined){
let data3 = data0.param;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/error/param",schemaPath:"#/components/schemas/ErrorDetail/properties/param/type",keyword:"type",params:{type: schema35.properties.param.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.code !== undefined){
let data4 = data0.code;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema35.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};
return validate22;
})();

const v4 = (() => {
const schema38 = {"type":"object","description":"A page of users, bounded by `first_id` and `last_id`.","required":["object","data","has_more"],"properties":{"object":{"type":"string","const":"list","description":"Always `list`.","example":"list"},"data":{"type":"array","description":"The users on this page.","items":{"$ref":"#/components/schemas/User"}},"first_id":{"type":["string","null"],"description":"ID of the first user on this page.","example":"user-abc"},"last_id":{"type":["string","null"],"description":"ID of the last user on this page; send it as `after` for the next page.","example":"user-xyz"},"has_more":{"type":"boolean","description":"Whether another page follows.","example":false}}};
const schema39 = {"type":"object","description":"A user of the organization as `GET /organization/users` returns it (2026-08 `User`); only `object`, `id` and `added_at` are required there, and most fields are nullable.","required":["object","id","added_at"],"properties":{"object":{"type":"string","const":"organization.user","description":"Object type, always `organization.user`.","example":"organization.user"},"id":{"type":"string","description":"User identifier, usable in other API calls.","example":"user_abc"},"name":{"type":["string","null"],"description":"Display name.","example":"First Last"},"email":{"type":["string","null"],"description":"Email address.","example":"user@example.com"},"role":{"type":["string","null"],"description":"Organization role, `owner` or `reader` (a plain string in this document).","example":"owner"},"added_at":{"type":"integer","format":"unixtime","description":"When the user was added, in Unix seconds.","example":1711471533},"is_default":{"type":"boolean","description":"Whether this is the organization's default user."},"created":{"type":"integer","format":"unixtime","description":"When the user was created, in Unix seconds."},"user":{"$ref":"#/components/schemas/UserAccount"},"is_service_account":{"type":"boolean","description":"Whether the user is a service account."},"is_scale_tier_authorized_purchaser":{"type":["boolean","null"],"description":"Whether the user may purchase Scale Tier."},"is_scim_managed":{"type":"boolean","description":"Whether the identity provider manages the user through SCIM."},"api_key_last_used_at":{"type":["integer","null"],"format":"unixtime","description":"Last use of one of the user's API keys, in Unix seconds."},"technical_level":{"type":["string","null"],"description":"Technical-level metadata."},"developer_persona":{"type":["string","null"],"description":"Developer-persona metadata."},"projects":{"description":"The user's projects, when included.","anyOf":[{"$ref":"#/components/schemas/UserProjectList"},{"type":"null"}]}},"example":{"object":"organization.user","id":"user_abc","name":"First Last","email":"user@example.com","role":"owner","added_at":1711471533}};
const schema40 = {"type":"object","description":"Account details nested in a `User`.","required":["object","id"],"properties":{"object":{"type":"string","const":"user","description":"Always `user`."},"id":{"type":"string","description":"Account identifier."},"email":{"type":["string","null"],"description":"Email address, if any."},"name":{"type":["string","null"],"description":"Display name, if any."},"picture":{"type":["string","null"],"description":"Profile picture URL, if any."},"enabled":{"type":["boolean","null"],"description":"Whether the account is enabled."},"banned":{"type":["boolean","null"],"description":"Whether the account is banned."},"banned_at":{"type":["integer","null"],"format":"unixtime","description":"When the account was banned, in Unix seconds."}}};
const formats0 = formats.unixtime;
const schema41 = {"type":"object","description":"Projects of a user, when included.","required":["object","data"],"properties":{"object":{"type":"string","const":"list","description":"Always `list`."},"data":{"type":"array","description":"The projects.","items":{"$ref":"#/components/schemas/UserProject"}}}};
const schema42 = {"type":"object","description":"A project the user belongs to.","properties":{"id":{"type":["string","null"],"description":"Project identifier."},"name":{"type":["string","null"],"description":"Project name."},"role":{"type":["string","null"],"description":"The user's role in the project."}}};

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
if(data.object === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.object !== undefined){
let data0 = data.object;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("list" !== data0){
const err3 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
let data3 = data2.id;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/components/schemas/UserProject/properties/id/type",keyword:"type",params:{type: schema42.properties.id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/data/" + i0+"/name",schemaPath:"#/components/schemas/UserProject/properties/name/type",keyword:"type",params:{type: schema42.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.role !== undefined){
let data5 = data2.role;
if((typeof data5 !== "string") && (data5 !== null)){
const err6 = {instancePath:instancePath+"/data/" + i0+"/role",schemaPath:"#/components/schemas/UserProject/properties/role/type",keyword:"type",params:{type: schema42.properties.role.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/UserProject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"object":true,"data":true},"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.added_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "added_at"},message:"must have required property '"+"added_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.object !== undefined){
let data0 = data.object;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("organization.user" !== data0){
const err4 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "organization.user"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema39.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema39.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.role !== undefined){
let data4 = data.role;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: schema39.properties.role.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.added_at !== undefined){
let data5 = data.added_at;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err9 = {instancePath:instancePath+"/added_at",schemaPath:"#/properties/added_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 == "number"){
if(!(formats0.validate(data5))){
const err10 = {instancePath:instancePath+"/added_at",schemaPath:"#/properties/added_at/format",keyword:"format",params:{format: "unixtime"},message:"must match format \""+"unixtime"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.is_default !== undefined){
if(typeof data.is_default !== "boolean"){
const err11 = {instancePath:instancePath+"/is_default",schemaPath:"#/properties/is_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.created !== undefined){
let data7 = data.created;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data7 == "number"){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "unixtime"},message:"must match format \""+"unixtime"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.user !== undefined){
let data8 = data.user;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.object === undefined){
const err14 = {instancePath:instancePath+"/user",schemaPath:"#/components/schemas/UserAccount/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.id === undefined){
const err15 = {instancePath:instancePath+"/user",schemaPath:"#/components/schemas/UserAccount/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.object !== undefined){
let data9 = data8.object;
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/user/object",schemaPath:"#/components/schemas/UserAccount/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("user" !== data9){
const err17 = {instancePath:instancePath+"/user/object",schemaPath:"#/components/schemas/UserAccount/properties/object/const",keyword:"const",params:{allowedValue: "user"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
const err18 = {instancePath:instancePath+"/user/id",schemaPath:"#/components/schemas/UserAccount/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.email !== undefined){
let data11 = data8.email;
if((typeof data11 !== "string") && (data11 !== null)){
const err19 = {instancePath:instancePath+"/user/email",schemaPath:"#/components/schemas/UserAccount/properties/email/type",keyword:"type",params:{type: schema40.properties.email.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.name !== undefined){
let data12 = data8.name;
if((typeof data12 !== "string") && (data12 !== null)){
const err20 = {instancePath:instancePath+"/user/name",schemaPath:"#/components/schemas/UserAccount/properties/name/type",keyword:"type",params:{type: schema40.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.picture !== undefined){
let data13 = data8.picture;
if((typeof data13 !== "string") && (data13 !== null)){
const err21 = {instancePath:instancePath+"/user/picture",schemaPath:"#/components/schemas/UserAccount/properties/picture/type",keyword:"type",params:{type: schema40.properties.picture.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.enabled !== undefined){
let data14 = data8.enabled;
if((typeof data14 !== "boolean") && (data14 !== null)){
const err22 = {instancePath:instancePath+"/user/enabled",schemaPath:"#/components/schemas/UserAccount/properties/enabled/type",keyword:"type",params:{type: schema40.properties.enabled.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.banned !== undefined){
let data15 = data8.banned;
if((typeof data15 !== "boolean") && (data15 !== null)){
const err23 = {instancePath:instancePath+"/user/banned",schemaPath:"#/components/schemas/UserAccount/properties/banned/type",keyword:"type",params:{type: schema40.properties.banned.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.banned_at !== undefined){
let data16 = data8.banned_at;
if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){
const err24 = {instancePath:instancePath+"/user/banned_at",schemaPath:"#/components/schemas/UserAccount/properties/banned_at/type",keyword:"type",params:{type: schema40.properties.banned_at.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data16 == "number"){
if(!(formats0.validate(data16))){
const err25 = {instancePath:instancePath+"/user/banned_at",schemaPath:"#/components/schemas/UserAccount/properties/banned_at/format",keyword:"format",params:{format: "unixtime"},message:"must match format \""+"unixtime"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/components/schemas/UserAccount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.is_service_account !== undefined){
if(typeof data.is_service_account !== "boolean"){
const err27 = {instancePath:instancePath+"/is_service_account",schemaPath:"#/properties/is_service_account/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.is_scale_tier_authorized_purchaser !== undefined){
let data18 = data.is_scale_tier_authorized_purchaser;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err28 = {instancePath:instancePath+"/is_scale_tier_authorized_purchaser",schemaPath:"#/properties/is_scale_tier_authorized_purchaser/type",keyword:"type",params:{type: schema39.properties.is_scale_tier_authorized_purchaser.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.is_scim_managed !== undefined){
if(typeof data.is_scim_managed !== "boolean"){
const err29 = {instancePath:instancePath+"/is_scim_managed",schemaPath:"#/properties/is_scim_managed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.api_key_last_used_at !== undefined){
let data20 = data.api_key_last_used_at;
if((!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))) && (data20 !== null)){
const err30 = {instancePath:instancePath+"/api_key_last_used_at",schemaPath:"#/properties/api_key_last_used_at/type",keyword:"type",params:{type: schema39.properties.api_key_last_used_at.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data20 == "number"){
if(!(formats0.validate(data20))){
const err31 = {instancePath:instancePath+"/api_key_last_used_at",schemaPath:"#/properties/api_key_last_used_at/format",keyword:"format",params:{format: "unixtime"},message:"must match format \""+"unixtime"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.technical_level !== undefined){
let data21 = data.technical_level;
if((typeof data21 !== "string") && (data21 !== null)){
const err32 = {instancePath:instancePath+"/technical_level",schemaPath:"#/properties/technical_level/type",keyword:"type",params:{type: schema39.properties.technical_level.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.developer_persona !== undefined){
let data22 = data.developer_persona;
if((typeof data22 !== "string") && (data22 !== null)){
const err33 = {instancePath:instancePath+"/developer_persona",schemaPath:"#/properties/developer_persona/type",keyword:"type",params:{type: schema39.properties.developer_persona.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.projects !== undefined){
let data23 = data.projects;
const _errs49 = errors;
let valid3 = false;
const _errs50 = errors;
if(!(validate26(data23, {instancePath:instancePath+"/projects",parentData:data,parentDataProperty:"projects",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs50 === errors;
valid3 = valid3 || _valid0;
if(_valid0){
var props0 = {};
props0.object = true;
props0.data = true;
}
const _errs51 = errors;
if(data23 !== null){
const err34 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs51 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err35 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"object":true,"id":true,"name":true,"email":true,"role":true,"added_at":true,"is_default":true,"created":true,"user":true,"is_service_account":true,"is_scale_tier_authorized_purchaser":true,"is_scim_managed":true,"api_key_last_used_at":true,"technical_level":true,"developer_persona":true,"projects":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.object === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object"},message:"must have required property '"+"object"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.has_more === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "has_more"},message:"must have required property '"+"has_more"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.object !== undefined){
let data0 = data.object;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("list" !== data0){
const err4 = {instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data1[i0], {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.first_id !== undefined){
let data3 = data.first_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/first_id",schemaPath:"#/properties/first_id/type",keyword:"type",params:{type: schema38.properties.first_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.last_id !== undefined){
let data4 = data.last_id;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/last_id",schemaPath:"#/properties/last_id/type",keyword:"type",params:{type: schema38.properties.last_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.has_more !== undefined){
if(typeof data.has_more !== "boolean"){
const err8 = {instancePath:instancePath+"/has_more",schemaPath:"#/properties/has_more/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"object":true,"data":true,"first_id":true,"last_id":true,"has_more":true},"dynamicProps":false,"dynamicItems":false};
return validate24;
})();

const v5 = (() => {
const schema34 = {"type":"object","description":"Error envelope of the OpenAI API.","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ErrorDetail"}}};
const schema35 = {"type":"object","description":"What went wrong. No source gives an example error body.","required":["message","type","param","code"],"properties":{"message":{"type":"string","description":"Human-readable explanation."},"type":{"type":"string","description":"Error category."},"param":{"type":["string","null"],"description":"The request parameter at fault, if any."},"code":{"type":["string","null"],"description":"Machine-readable error code, if any."}}};

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
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.message === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.type === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.param === undefined){
const err3 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.code === undefined){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err5 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.type !== undefined){
if(typeof data0.type !== "string"){
const err6 = {instancePath:instancePath+"/error/type",schemaPath:"#/components/schemas/ErrorDetail/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.param !== undefined){
let data3 = data0.param;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/error/param",schemaPath:"#/components/schemas/ErrorDetail/properties/param/type",keyword:"type",params:{type: schema35.properties.param.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.code !== undefined){
let data4 = data0.code;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema35.properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};
return validate22;
})();

/** Validators of every documented response of specs/openai.yaml, by operationId, status and media type. */
export const validators: VendorValidators = {
  vendor: "openai",
  spec: "specs/openai.yaml",
  operations: {
    "listGroups": {
      method: "GET",
      path: "/organization/groups",
      responses: {
        "200": {
          "application/json": { validate: v0, shape: {"t":"object","p":[["object",{"t":"string"}],["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["name",{"t":"string"}],["created_at",{"t":"integer"}],["is_scim_managed",{"t":"boolean"}],["group_type",{"t":"string"}]]}}],["has_more",{"t":"boolean"}],["next",{"t":"string|null"}]]} },
        },
        "429": {
          "application/json": { validate: v1, shape: {"t":"object","p":[["error",{"t":"object","p":[["message",{"t":"string"}],["type",{"t":"string"}],["param",{"t":"string|null"}],["code",{"t":"string|null"}]]}]]} },
        },
      },
    },
    "listGroupUsers": {
      method: "GET",
      path: "/organization/groups/{group_id}/users",
      responses: {
        "200": {
          "application/json": { validate: v2, shape: {"t":"object","p":[["object",{"t":"string"}],["data",{"t":"array","i":{"t":"object","p":[["object",{"t":"string"}],["id",{"t":"string"}],["name",{"t":"string"}],["email",{"t":"string"}],["role",{"t":"string"}],["added_at",{"t":"integer"}]]}}],["has_more",{"t":"boolean"}],["next",{"t":"string|null"}]]} },
        },
        "429": {
          "application/json": { validate: v3, shape: {"t":"object","p":[["error",{"t":"object","p":[["message",{"t":"string"}],["type",{"t":"string"}],["param",{"t":"string|null"}],["code",{"t":"string|null"}]]}]]} },
        },
      },
    },
    "listUsers": {
      method: "GET",
      path: "/organization/users",
      responses: {
        "200": {
          "application/json": { validate: v4, shape: {"t":"object","p":[["object",{"t":"string"}],["data",{"t":"array","i":{"t":"object","p":[["object",{"t":"string"}],["id",{"t":"string"}],["name",{"t":"string|null"}],["email",{"t":"string|null"}],["role",{"t":"string|null"}],["added_at",{"t":"integer"}],["is_default",{"t":"boolean"}],["created",{"t":"integer"}],["user",{"t":"object","p":[["object",{"t":"string"}],["id",{"t":"string"}],["email",{"t":"string|null"}],["name",{"t":"string|null"}],["picture",{"t":"string|null"}],["enabled",{"t":"boolean|null"}],["banned",{"t":"boolean|null"}],["banned_at",{"t":"integer|null"}]]}],["is_service_account",{"t":"boolean"}],["is_scale_tier_authorized_purchaser",{"t":"boolean|null"}],["is_scim_managed",{"t":"boolean"}],["api_key_last_used_at",{"t":"integer|null"}],["technical_level",{"t":"string|null"}],["developer_persona",{"t":"string|null"}],["projects",{"t":"object|null","p":[["object",{"t":"string"}],["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string|null"}],["name",{"t":"string|null"}],["role",{"t":"string|null"}]]}}]]}]]}}],["first_id",{"t":"string|null"}],["last_id",{"t":"string|null"}],["has_more",{"t":"boolean"}]]} },
        },
        "429": {
          "application/json": { validate: v5, shape: {"t":"object","p":[["error",{"t":"object","p":[["message",{"t":"string"}],["type",{"t":"string"}],["param",{"t":"string|null"}],["code",{"t":"string|null"}]]}]]} },
        },
      },
    },
  },
};
