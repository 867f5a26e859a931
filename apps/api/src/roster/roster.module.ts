import { Module } from '@nestjs/common';
import { CreateMemberUseCase } from './create-member.usecase';
import { CreateOfficerUseCase } from './create-officer.usecase';
import { DeactivateMemberUseCase } from './deactivate-member.usecase';
import { EraseMemberUseCase } from './erase-member.usecase';
import { ImportMembersUseCase } from './import-members.usecase';
import { ImportOfficersUseCase } from './import-officers.usecase';
import { MemberQueryService } from './member-query.service';
import { MembersController } from './members.controller';
import { OfficerQueryService } from './officer-query.service';
import { OfficersController } from './officers.controller';
import { SetInterestsUseCase } from './set-interests.usecase';
import { UpdateMemberUseCase } from './update-member.usecase';
import { UpdateOfficerUseCase } from './update-officer.usecase';

/** Democratic services keep the members, their seats and interests, and the officers. */
@Module({
  controllers: [MembersController, OfficersController],
  providers: [
    MemberQueryService,
    OfficerQueryService,
    CreateMemberUseCase,
    UpdateMemberUseCase,
    DeactivateMemberUseCase,
    EraseMemberUseCase,
    SetInterestsUseCase,
    ImportMembersUseCase,
    CreateOfficerUseCase,
    UpdateOfficerUseCase,
    ImportOfficersUseCase,
  ],
})
export class RosterModule {}
