// @ts-nocheck
/**
 * Generated from specs/telnyx.yaml by `pnpm generate` (Ajv standalone code, JSON Schema 2020-12). Do not edit:
 * change the spec and regenerate.
 */
import ajvFormats from 'ajv-formats/dist/formats.js';
import type { VendorValidators } from '../../validation.js';

// The formats of the contract tests: ajv-formats' full formats, and `unixtime` as an integer.
const formats = { ...ajvFormats.fullFormats, unixtime: { type: 'number', validate: (n) => Number.isInteger(n) } };

const v0 = (() => {
const schema32 = {"type":"object","description":"Body of a successful list call.","properties":{"data":{"type":"array","description":"The users on this page.","items":{"$ref":"#/components/schemas/OrganizationUser"}},"meta":{"$ref":"#/components/schemas/PaginationMeta"}}};
const schema37 = {"type":"object","description":"Position of the returned page in the whole result set.","properties":{"total_pages":{"type":"integer","description":"Number of pages at the requested page size.","example":3},"total_results":{"type":"integer","description":"Number of users matching the filters.","example":55},"page_number":{"type":"integer","description":"Number of the returned page.","example":2},"page_size":{"type":"integer","description":"Page size used for this answer.","example":25}},"example":{"total_pages":3,"total_results":55,"page_number":2,"page_size":25}};
const schema33 = {"type":"object","description":"A user of the organization as the list operation returns it. No property is required, matching the official document, which gives this schema no `required` list. `groups` is present only when the request sets `include_groups=true`.","properties":{"id":{"type":"string","description":"User identifier.","example":"6a09cdc3-8948-47f0-aa62-74ac943d6c58"},"record_type":{"$ref":"#/components/schemas/RecordType"},"email":{"type":"string","format":"email","description":"Email address of the user.","example":"user@example.com"},"user_status":{"allOf":[{"$ref":"#/components/schemas/UserStatus"}],"default":"enabled"},"organization_user_bypasses_sso":{"type":"boolean","description":"Whether the user may sign in with a password instead of SSO.","example":false},"created_at":{"type":"string","description":"Creation time, ISO 8601 (the official schema gives no `format`).","example":"2018-02-02T22:25:27.521Z"},"last_sign_in_at":{"type":["string","null"],"description":"Last portal sign-in, ISO 8601; null when the user never signed in.","example":"2018-02-02T22:25:27.521Z"},"groups":{"type":"array","description":"Group memberships; only sent when `include_groups=true`.","items":{"$ref":"#/components/schemas/UserGroupReference"}}},"example":{"id":"6a09cdc3-8948-47f0-aa62-74ac943d6c58","record_type":"organization_sub_user","email":"user@example.com","user_status":"enabled","organization_user_bypasses_sso":false,"created_at":"2018-02-02T22:25:27.521Z","last_sign_in_at":"2018-02-02T22:25:27.521Z"}};
const schema34 = {"type":"string","description":"Kind of organization user. The official schema types this as a plain string and lists the two values only in prose (\"Can be ...\"); we model them as an enum so callers can switch exhaustively, and treat an unknown value as a vendor change.","enum":["organization_owner","organization_sub_user"],"example":"organization_sub_user"};
const schema35 = {"type":"string","description":"Account status of an organization user.","enum":["enabled","disabled","blocked"],"example":"enabled"};
const schema36 = {"type":"object","description":"A group the user belongs to.","required":["id","name"],"properties":{"id":{"type":"string","description":"Group identifier.","example":"7b09cdc3-8948-47f0-aa62-74ac943d6c59"},"name":{"type":"string","description":"Group name.","example":"Engineering"}},"example":{"id":"7b09cdc3-8948-47f0-aa62-74ac943d6c59","name":"Engineering"}};
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

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
if(data.record_type !== undefined){
let data1 = data.record_type;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/record_type",schemaPath:"#/components/schemas/RecordType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data1 === "organization_owner") || (data1 === "organization_sub_user"))){
const err2 = {instancePath:instancePath+"/record_type",schemaPath:"#/components/schemas/RecordType/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.user_status !== undefined){
let data3 = data.user_status;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/user_status",schemaPath:"#/components/schemas/UserStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data3 === "enabled") || (data3 === "disabled")) || (data3 === "blocked"))){
const err6 = {instancePath:instancePath+"/user_status",schemaPath:"#/components/schemas/UserStatus/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.organization_user_bypasses_sso !== undefined){
if(typeof data.organization_user_bypasses_sso !== "boolean"){
const err7 = {instancePath:instancePath+"/organization_user_bypasses_sso",schemaPath:"#/properties/organization_user_bypasses_sso/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
if(typeof data.created_at !== "string"){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.last_sign_in_at !== undefined){
let data6 = data.last_sign_in_at;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/last_sign_in_at",schemaPath:"#/properties/last_sign_in_at/type",keyword:"type",params:{type: schema33.properties.last_sign_in_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.groups !== undefined){
let data7 = data.groups;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err10 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.name === undefined){
const err11 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
const err12 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/components/schemas/UserGroupReference/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err13 = {instancePath:instancePath+"/groups/" + i0+"/name",schemaPath:"#/components/schemas/UserGroupReference/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err14 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err15 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate22.evaluated = {"props":{"id":true,"record_type":true,"email":true,"user_status":true,"organization_user_bypasses_sso":true,"created_at":true,"last_sign_in_at":true,"groups":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.meta !== undefined){
let data2 = data.meta;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.total_pages !== undefined){
let data3 = data2.total_pages;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err1 = {instancePath:instancePath+"/meta/total_pages",schemaPath:"#/components/schemas/PaginationMeta/properties/total_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.total_results !== undefined){
let data4 = data2.total_results;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err2 = {instancePath:instancePath+"/meta/total_results",schemaPath:"#/components/schemas/PaginationMeta/properties/total_results/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.page_number !== undefined){
let data5 = data2.page_number;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err3 = {instancePath:instancePath+"/meta/page_number",schemaPath:"#/components/schemas/PaginationMeta/properties/page_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.page_size !== undefined){
let data6 = data2.page_size;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err4 = {instancePath:instancePath+"/meta/page_size",schemaPath:"#/components/schemas/PaginationMeta/properties/page_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/meta",schemaPath:"#/components/schemas/PaginationMeta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"data":true,"meta":true},"dynamicProps":false,"dynamicItems":false};
return validate21;
})();

const v1 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

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
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate24;
})();

const v2 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

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
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate25;
})();

const v3 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

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
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate26;
})();

const v4 = (() => {
const schema44 = {"type":"object","description":"JSON body of the groups report.","properties":{"data":{"type":"array","description":"Every user of the organization.","items":{"$ref":"#/components/schemas/OrganizationUserWithGroups"}}},"example":{"data":[{"id":"9d09cdc3-8948-47f0-aa62-74ac943d6c61","record_type":"organization_owner","email":"owner@example.com","user_status":"enabled","organization_user_bypasses_sso":false,"created_at":"2018-01-01T00:00:00.000Z","last_sign_in_at":"2018-02-02T22:25:27.521Z","groups":[]}]}};
const schema45 = {"type":"object","description":"A user of the organization as the groups report returns it: `groups` is always present (possibly empty). Required list from the official document.","required":["id","record_type","email","user_status","created_at","groups"],"properties":{"id":{"type":"string","description":"User identifier.","example":"6a09cdc3-8948-47f0-aa62-74ac943d6c58"},"record_type":{"$ref":"#/components/schemas/RecordType"},"email":{"type":"string","format":"email","description":"Email address of the user.","example":"user@example.com"},"user_status":{"allOf":[{"$ref":"#/components/schemas/UserStatus"}],"default":"enabled"},"organization_user_bypasses_sso":{"type":"boolean","description":"Whether the user may sign in with a password instead of SSO.","example":false},"created_at":{"type":"string","description":"Creation time, ISO 8601 (the official schema gives no `format`).","example":"2018-02-02T22:25:27.521Z"},"last_sign_in_at":{"type":["string","null"],"description":"Last portal sign-in, ISO 8601; null when the user never signed in.","example":"2018-02-02T22:25:27.521Z"},"groups":{"type":"array","description":"Group memberships, empty when the user is in no group.","items":{"$ref":"#/components/schemas/UserGroupReference"}}},"example":{"id":"6a09cdc3-8948-47f0-aa62-74ac943d6c58","record_type":"organization_sub_user","email":"user@example.com","user_status":"enabled","organization_user_bypasses_sso":false,"created_at":"2018-02-02T22:25:27.521Z","last_sign_in_at":"2018-02-02T22:25:27.521Z","groups":[{"id":"7b09cdc3-8948-47f0-aa62-74ac943d6c59","name":"Engineering"}]}};
const schema34 = {"type":"string","description":"Kind of organization user. The official schema types this as a plain string and lists the two values only in prose (\"Can be ...\"); we model them as an enum so callers can switch exhaustively, and treat an unknown value as a vendor change.","enum":["organization_owner","organization_sub_user"],"example":"organization_sub_user"};
const schema35 = {"type":"string","description":"Account status of an organization user.","enum":["enabled","disabled","blocked"],"example":"enabled"};
const schema36 = {"type":"object","description":"A group the user belongs to.","required":["id","name"],"properties":{"id":{"type":"string","description":"Group identifier.","example":"7b09cdc3-8948-47f0-aa62-74ac943d6c59"},"name":{"type":"string","description":"Group name.","example":"Engineering"}},"example":{"id":"7b09cdc3-8948-47f0-aa62-74ac943d6c59","name":"Engineering"}};
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.record_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record_type"},message:"must have required property '"+"record_type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.email === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.user_status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_status"},message:"must have required property '"+"user_status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.created_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.groups === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.record_type !== undefined){
let data1 = data.record_type;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/record_type",schemaPath:"#/components/schemas/RecordType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === "organization_owner") || (data1 === "organization_sub_user"))){
const err8 = {instancePath:instancePath+"/record_type",schemaPath:"#/components/schemas/RecordType/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err9 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.user_status !== undefined){
let data3 = data.user_status;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/user_status",schemaPath:"#/components/schemas/UserStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data3 === "enabled") || (data3 === "disabled")) || (data3 === "blocked"))){
const err12 = {instancePath:instancePath+"/user_status",schemaPath:"#/components/schemas/UserStatus/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.organization_user_bypasses_sso !== undefined){
if(typeof data.organization_user_bypasses_sso !== "boolean"){
const err13 = {instancePath:instancePath+"/organization_user_bypasses_sso",schemaPath:"#/properties/organization_user_bypasses_sso/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.created_at !== undefined){
if(typeof data.created_at !== "string"){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.last_sign_in_at !== undefined){
let data6 = data.last_sign_in_at;
if((typeof data6 !== "string") && (data6 !== null)){
const err15 = {instancePath:instancePath+"/last_sign_in_at",schemaPath:"#/properties/last_sign_in_at/type",keyword:"type",params:{type: schema45.properties.last_sign_in_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.groups !== undefined){
let data7 = data.groups;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err16 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.name === undefined){
const err17 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
const err18 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/components/schemas/UserGroupReference/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err19 = {instancePath:instancePath+"/groups/" + i0+"/name",schemaPath:"#/components/schemas/UserGroupReference/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/components/schemas/UserGroupReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err21 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"id":true,"record_type":true,"email":true,"user_status":true,"organization_user_bypasses_sso":true,"created_at":true,"last_sign_in_at":true,"groups":true},"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};
return validate27;
})();

const v5 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

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
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate25;
})();

const v6 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

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
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate26;
})();

const v7 = (() => {
const schema38 = {"type":"object","description":"Error envelope shared by every failed Telnyx call.","properties":{"errors":{"type":"array","description":"The errors; usually one.","items":{"$ref":"#/components/schemas/ErrorDetail"}}},"example":{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}};
const schema39 = {"type":"object","description":"One error of a failed call.","properties":{"code":{"type":"string","description":"Telnyx error code, as a string of digits.","example":"10009"},"title":{"type":"string","description":"Short name of the error.","example":"Authentication failed"},"detail":{"type":"string","description":"Explanation of this occurrence.","example":"Could not understand the provided credentials."},"source":{"type":"object","description":"Where in the request the problem lies.","properties":{"pointer":{"type":"string","description":"JSON pointer into the request.","example":"/"}}},"meta":{"type":"object","description":"Extra information about the error.","properties":{"url":{"type":"string","format":"uri","description":"Documentation page of the error code.","example":"https://developers.telnyx.com/docs/overview/errors/10009"}}}},"example":{"code":"10010","title":"Not authorized","detail":"You are not authorized to access the requested resource.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10010"},"source":{"pointer":"/"}}};
const formats2 = formats.uri;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err0 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.title !== undefined){
if(typeof data1.title !== "string"){
const err1 = {instancePath:instancePath+"/errors/" + i0+"/title",schemaPath:"#/components/schemas/ErrorDetail/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.detail !== undefined){
if(typeof data1.detail !== "string"){
const err2 = {instancePath:instancePath+"/errors/" + i0+"/detail",schemaPath:"#/components/schemas/ErrorDetail/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.source !== undefined){
let data5 = data1.source;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.pointer !== undefined){
if(typeof data5.pointer !== "string"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/source/pointer",schemaPath:"#/components/schemas/ErrorDetail/properties/source/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/errors/" + i0+"/source",schemaPath:"#/components/schemas/ErrorDetail/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.meta !== undefined){
let data7 = data1.meta;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.url !== undefined){
let data8 = data7.url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0+"/meta/url",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/errors/" + i0+"/meta",schemaPath:"#/components/schemas/ErrorDetail/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"errors":true},"dynamicProps":false,"dynamicItems":false};
return validate30;
})();

/** Validators of every documented response of specs/telnyx.yaml, by operationId, status and media type. */
export const validators: VendorValidators = {
  vendor: "telnyx",
  spec: "specs/telnyx.yaml",
  operations: {
    "listOrganizationUsers": {
      method: "GET",
      path: "/organizations/users",
      responses: {
        "200": {
          "application/json": { validate: v0, shape: {"t":"object","p":[["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["record_type",{"t":"string"}],["email",{"t":"string"}],["user_status",{"t":"string"}],["organization_user_bypasses_sso",{"t":"boolean"}],["created_at",{"t":"string"}],["last_sign_in_at",{"t":"string|null"}],["groups",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["name",{"t":"string"}]]}}]]}}],["meta",{"t":"object","p":[["total_pages",{"t":"integer"}],["total_results",{"t":"integer"}],["page_number",{"t":"integer"}],["page_size",{"t":"integer"}]]}]]} },
        },
        "400": {
          "application/json": { validate: v1, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
        "401": {
          "application/json": { validate: v2, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
        "403": {
          "application/json": { validate: v3, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
      },
    },
    "getOrganizationUsersGroupsReport": {
      method: "GET",
      path: "/organizations/users/users_groups_report",
      responses: {
        "200": {
          "application/json": { validate: v4, shape: {"t":"object","p":[["data",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["record_type",{"t":"string"}],["email",{"t":"string"}],["user_status",{"t":"string"}],["organization_user_bypasses_sso",{"t":"boolean"}],["created_at",{"t":"string"}],["last_sign_in_at",{"t":"string|null"}],["groups",{"t":"array","i":{"t":"object","p":[["id",{"t":"string"}],["name",{"t":"string"}]]}}]]}}]]} },
          "text/csv": { columns: ["id","email","user_status","created_at","last_sign_in_at","groups"] },
        },
        "401": {
          "application/json": { validate: v5, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
        "403": {
          "application/json": { validate: v6, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
        "404": {
          "application/json": { validate: v7, shape: {"t":"object","p":[["errors",{"t":"array","i":{"t":"object","p":[["code",{"t":"string"}],["title",{"t":"string"}],["detail",{"t":"string"}],["source",{"t":"object","p":[["pointer",{"t":"string"}]]}],["meta",{"t":"object","p":[["url",{"t":"string"}]]}]]}}]]} },
        },
      },
    },
  },
};
