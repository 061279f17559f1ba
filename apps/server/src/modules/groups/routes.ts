import {
  AddMemberRequestSchema,
  ConversationDetailSchema,
  CreateGroupRequestSchema,
  EligibleMembersQuerySchema,
  EligibleMembersResponseSchema,
  MuteMemberRequestSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import type { RouteModule } from "../../http/types.js";
import { actorOf } from "../relationships/actor.js";
import { addMember } from "./add-member.js";
import { createGroup } from "./create-group.js";
import { listEligibleMembers } from "./list-eligible-members.js";
import { muteMember } from "./mute-member.js";
import { removeMember } from "./remove-member.js";
import { OutsideGroupSchema } from "./view-after.js";

const tags = ["groups"];
// Mentors run support groups for their mentees; supervisors, the safety team and admins for anyone.
const creators = { access: { roles: ["mentor", "supervisor", "safety", "admin"] } } as const;
const member = { access: "signed-in" } as const;
const IdParams = z.strictObject({ id: z.uuid("Not a conversation id") });
const MemberParams = z.strictObject({ id: z.uuid("Not a conversation id"), userId: z.uuid("Not a member id") });
const afterChange = { 200: z.union([ConversationDetailSchema, OutsideGroupSchema]) };

/** Support groups: create, pick members, add, remove or leave, mute. Messages go through the messaging module. */
const groupRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/conversations/groups",
    {
      config: creators,
      schema: {
        tags,
        summary: "Create a support group you own",
        body: CreateGroupRequestSchema,
        response: { 201: ConversationDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createGroup(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/conversations/groups/eligible-members",
    {
      config: creators,
      schema: {
        tags,
        summary: "Members you may add to a group",
        querystring: EligibleMembersQuerySchema,
        response: { 200: EligibleMembersResponseSchema },
      },
    },
    async (request) => listEligibleMembers(ctx, actorOf(request), request.query.q),
  );

  app.post(
    "/api/conversations/:id/members",
    {
      config: member,
      schema: {
        tags,
        summary: "Add a member (group moderators; a new key follows)",
        params: IdParams,
        body: AddMemberRequestSchema,
        response: { 200: ConversationDetailSchema },
      },
    },
    async (request) => addMember(ctx, actorOf(request), request.params.id, request.body.userId),
  );

  app.delete(
    "/api/conversations/:id/members/:userId",
    {
      config: member,
      schema: {
        tags,
        summary: "Remove a member (moderators, safety and admin staff) or leave (yourself); a new key follows",
        params: MemberParams,
        response: afterChange,
      },
    },
    async (request) => removeMember(ctx, actorOf(request), request.params.id, request.params.userId),
  );

  app.post(
    "/api/conversations/:id/members/:userId/mute",
    {
      config: member,
      schema: {
        tags,
        summary: "Mute a member for some minutes, or unmute with null (moderators, safety and admin staff)",
        params: MemberParams,
        body: MuteMemberRequestSchema,
        response: afterChange,
      },
    },
    async (request) =>
      muteMember(ctx, actorOf(request), request.params.id, request.params.userId, request.body.minutes),
  );
};

export default groupRoutes;
